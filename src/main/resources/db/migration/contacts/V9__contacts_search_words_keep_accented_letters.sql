-- The cluster's C locale counts only ASCII letters as [:alnum:], so splitting on everything else cut
-- "José" into "jos". Words are now split on ASCII spaces and punctuation only, as the full-text parser
-- (which reads non-ASCII characters as letters in this locale) and the query side do.
select set_config('app.system', 'on', true);

create or replace function contact_search_words_add() returns trigger language plpgsql as
$$
begin
    insert into contact_search_words (organization_id, word)
    select distinct n.organization_id, w
    from new_rows n,
         regexp_split_to_table(lower(coalesce(n.first_name, '') || ' ' || coalesce(n.last_name, '') || ' ' ||
                                     coalesce(n.company, '') || ' ' || coalesce(n.job_title, '')), '[[:space:][:punct:]]+') w
    where length(w) between 2 and 40
    on conflict do nothing;
    return null;
end
$$;

insert into contact_search_words (organization_id, word)
select distinct c.organization_id, w
from contacts c,
     regexp_split_to_table(lower(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' ||
                                 coalesce(c.company, '') || ' ' || coalesce(c.job_title, '')), '[[:space:][:punct:]]+') w
where length(w) between 2 and 40 and w !~ '^[ -~]+$'
on conflict do nothing;
