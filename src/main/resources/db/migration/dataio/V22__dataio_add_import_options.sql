-- What an import does with a custom field value that fails its checks (skip the row, or only the value) and with
-- the filled fields of the contacts it updates; how many values it left out; the columns it could not import.
alter table imports
    add column bad_values      text    not null default 'SKIP_ROW' check (bad_values in ('SKIP_ROW', 'SKIP_FIELD')),
    add column fill_empty_only boolean not null default false,
    add column fields_skipped  bigint  not null default 0,
    add column skipped_columns jsonb   not null default '[]';
