-- Duplicate candidates by name are looked for within one company: an equality join on this index
-- keeps the trigram comparison to the few people of each company.
create index contacts_company_idx on contacts (organization_id, lower(company), id)
    where company is not null and deleted_at is null;

-- Trash retention skips duplicates whose merge can still be undone.
create index contact_merges_duplicate_idx on contact_merges (duplicate_id) where undone_at is null;
