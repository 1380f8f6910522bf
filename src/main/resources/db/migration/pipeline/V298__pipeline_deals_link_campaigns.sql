-- Deals' free-text campaigns now name campaigns (V296 created the missing ones): each deal gets its campaign's id
-- and the campaign's spelling of the name, without an audit entry (not a person's change).
select set_config('app.system', 'on', true);

alter table deals disable trigger audit;

update deals set campaign = null where btrim(campaign) = '';

update deals t set campaign_id = c.id, campaign = c.name
from campaigns c
where c.organization_id = t.organization_id and lower(c.name) = lower(btrim(t.campaign)) and c.deleted_at is null;

alter table deals enable trigger audit;

select set_config('app.system', '', true);
