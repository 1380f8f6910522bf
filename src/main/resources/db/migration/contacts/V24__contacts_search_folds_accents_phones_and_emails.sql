-- Search finds what people type, and every sort order of the list pages through its index.
--
-- 1. Accents and case: names, companies and job titles are searched in a folded form (no accents, lower case),
--    and the query is folded by the same function, so "ana garcia" finds "Ana García" and "Ána" finds "Ana".
--    unaccent() is only STABLE (its rules file could change), so a generated column cannot call it directly: the
--    IMMUTABLE wrapper pins the extension's own dictionary. From PostgreSQL 17 lower() runs in the built-in
--    C.UTF-8 collation, which lowers every script; the cluster's C locale lowers ASCII letters only.
-- 2. Emails: search_text holds the address cut at "@" and ".", so its parts are words ("lovelace",
--    "analytical", "example"); a query with an "@" is matched against the address itself (ContactSearch).
-- 3. Phones: phone_reversed holds the E.164 digits backwards, so a number's ending ("555-0101") is a prefix
--    scan of one b-tree index.
-- 4. Sort keys are plain columns: under row-level security PostgreSQL uses an index for a keyset condition only
--    if its functions are leakproof, and lower() and coalesce() are not: a deep page by name read every row
--    before it. Blank emails, companies and interactions sort after every value in both directions (ContactSearch
--    pages through the values, then the blanks), so the old coalesce() key of the interaction order goes too.
select set_config('app.system', 'on', true);

do $$
declare
    extension_schema text := (select extnamespace::regnamespace::text from pg_extension where extname = 'unaccent');
    lowering text := case when current_setting('server_version_num')::int >= 170000 then ' collate pg_c_utf8' else '' end;
begin
    execute format($function$
        create function contact_search_fold(value text) returns text language plpgsql immutable strict parallel safe as
        $body$ begin return lower(%1$s.unaccent(%2$L::regdictionary, value)%3$s); end $body$
        $function$, extension_schema, extension_schema || '.unaccent', lowering);
end
$$;

-- The typo dictionary holds folded words too (imports use this function as well).
create or replace function contact_search_words_of(first_name text, last_name text, company text, job_title text)
    returns setof text language sql immutable parallel safe as
$$
    select w
    from regexp_split_to_table(contact_search_fold(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' ||
                                                   coalesce(company, '') || ' ' || coalesce(job_title, '')), '[[:space:][:punct:]]+') w
    where length(w) between 2 and 40
$$;

-- One rewrite of the table for all four columns. Dropping search_text drops its full-text index, made again below.
alter table contacts
    drop column search_text,
    add column search_text text generated always as (contact_search_fold(
        coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company, '') || ' ' ||
        coalesce(job_title, '') || ' ' || translate(coalesce(email, ''), '@.', '  '))) stored,
    add column sort_name text generated always as (contact_search_fold(first_name || ' ' || coalesce(last_name, ''))) stored,
    add column sort_company text generated always as (contact_search_fold(company)) stored,
    add column phone_reversed text generated always as (reverse(ltrim(phone, '+'))) stored;

create index contacts_search_fts_idx on contacts using gin (to_tsvector('simple', search_text))
    with (gin_pending_list_limit = 262144);

drop index contacts_name_idx;
create index contacts_name_idx on contacts (organization_id, sort_name, id) where deleted_at is null;
drop index contacts_interaction_idx;
create index contacts_interaction_idx on contacts (organization_id, last_interaction_at, id) where deleted_at is null;
create index contacts_email_sort_idx on contacts (organization_id, email, id) where deleted_at is null;
create index contacts_company_sort_idx on contacts (organization_id, sort_company, id) where deleted_at is null;
-- The lifecycle order of the types (ContactOrder writes the same expression).
create index contacts_type_sort_idx on contacts (organization_id,
    (case type when 'TARGET' then 1 when 'CONTACT' then 2 when 'PLUG' then 3 when 'LEAD' then 4 else 5 end), id)
    where deleted_at is null;
create index contacts_phone_reversed_idx on contacts (organization_id, phone_reversed)
    where phone_reversed is not null and deleted_at is null;

-- The dictionary again, folded: "müller" becomes "muller", as the query side now reads it.
delete from contact_search_words;
insert into contact_search_words (organization_id, word)
select distinct c.organization_id, w
from contacts c, contact_search_words_of(c.first_name, c.last_name, c.company, c.job_title) w
on conflict do nothing;

analyze contacts;
