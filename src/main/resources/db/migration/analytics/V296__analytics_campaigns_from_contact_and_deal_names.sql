-- Every campaign name contacts and deals carried as free text becomes a campaign (issue 19), unless a live campaign
-- of the organization already has that name in another case. Per organization and lower-cased name, the spelling
-- seen first wins. New campaigns are "other" and active, in the organization's currency. Row-level security is
-- forced on these tables: this data migration acts for every organization.
select set_config('app.system', 'on', true);

insert into campaigns (organization_id, name, platform, status, currency)
select distinct on (n.organization_id, lower(n.name)) n.organization_id, n.name, 'other', 'active',
       coalesce((select o.default_currency from organizations o where o.id = n.organization_id), 'USD')
from (select organization_id, btrim(campaign) as name, created_at from contacts where btrim(campaign) <> ''
      union all
      select organization_id, btrim(campaign), created_at from deals where btrim(campaign) <> '') n
where not exists (select 1 from campaigns c
                  where c.organization_id = n.organization_id and lower(c.name) = lower(n.name) and c.deleted_at is null)
order by n.organization_id, lower(n.name), n.created_at;

select set_config('app.system', '', true);
