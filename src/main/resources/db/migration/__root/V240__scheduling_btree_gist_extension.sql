-- btree_gist (trusted: a database owner may create it) lets one GiST exclusion constraint compare plain columns with =
-- beside a range with &&: scheduling's "no two live appointments of a rep overlap" is enforced by the database.
create extension if not exists btree_gist;
