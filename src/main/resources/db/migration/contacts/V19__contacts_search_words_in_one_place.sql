-- The words of a contact that typo-tolerant search looks up, defined once: for the trigger that fills the
-- dictionary and for a large import, whose second session leaves that to the import's own transaction (V18).
create function contact_search_words_of(first_name text, last_name text, company text, job_title text)
    returns setof text language sql immutable parallel safe as
$$
    select w
    from regexp_split_to_table(lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' ||
                                     coalesce(company, '') || ' ' || coalesce(job_title, '')), '[[:space:][:punct:]]+') w
    where length(w) between 2 and 40
$$;

create or replace function contact_search_words_add() returns trigger language plpgsql as
$$
begin
    insert into contact_search_words (organization_id, word)
    select distinct n.organization_id, w
    from new_rows n, contact_search_words_of(n.first_name, n.last_name, n.company, n.job_title) w
    on conflict do nothing;
    return null;
end
$$;
