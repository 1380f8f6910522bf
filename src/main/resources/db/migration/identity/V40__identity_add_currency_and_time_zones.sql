-- An organization's default currency (new deals and services take it) and the time zone its pages show times in;
-- a person may read times in a zone of their own (null: the organization's). The application checks the codes
-- against ISO 4217 and the IANA zone ids; the database only keeps them from being garbage.
alter table organizations
    add column default_currency text not null default 'USD' check (default_currency ~ '^[A-Z]{3}$'),
    add column time_zone        text not null default 'UTC' check (length(time_zone) between 1 and 64);

alter table users
    add column time_zone text check (length(time_zone) between 1 and 64);
