-- unaccent (trusted: a database owner may create it): contact search folds "García" and "garcia" to one form.
create extension if not exists unaccent;
