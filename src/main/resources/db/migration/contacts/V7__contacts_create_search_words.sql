-- Typo-tolerant search: a per-organization dictionary of the words in names and companies. A query
-- word is matched against this small dictionary by edit distance (fuzzystrmatch), and the contacts
-- are then found through the full-text GIN index. Trigram similarity alone cannot do this: "jhon"
-- shares one trigram with "john", and common trigrams make large candidate sets slow.
create extension if not exists fuzzystrmatch;
-- Flyway runs as the application role: see every organization for the backfill below.
select set_config('app.system', 'on', true);

create table contact_search_words (
    organization_id uuid not null,
    word            text not null,
    primary key (organization_id, word)
);

alter table contact_search_words enable row level security;
alter table contact_search_words force row level security;
create policy contact_search_words_tenant on contact_search_words
    using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

-- Words only ever get added (set-based, once per statement); a stale word just finds nothing.
create function contact_search_words_add() returns trigger language plpgsql as
$$
begin
    insert into contact_search_words (organization_id, word)
    select distinct n.organization_id, w
    from new_rows n,
         regexp_split_to_table(lower(coalesce(n.first_name, '') || ' ' || coalesce(n.last_name, '') || ' ' ||
                                     coalesce(n.company, '') || ' ' || coalesce(n.job_title, '')), '[^[:alnum:]]+') w
    where length(w) between 2 and 40
    on conflict do nothing;
    return null;
end
$$;
create trigger contact_search_words_insert after insert on contacts referencing new table as new_rows
    for each statement execute function contact_search_words_add();
create trigger contact_search_words_update after update on contacts referencing new table as new_rows
    for each statement execute function contact_search_words_add();

insert into contact_search_words (organization_id, word)
select distinct c.organization_id, w
from contacts c,
     regexp_split_to_table(lower(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' ||
                                 coalesce(c.company, '') || ' ' || coalesce(c.job_title, '')), '[^[:alnum:]]+') w
where length(w) between 2 and 40
on conflict do nothing;
