-- A deal's campaign becomes a reference to an analytics campaign (issue 19): `campaign` keeps the campaign's name
-- (for the deal page, search and exports), `campaign_id` names it. No foreign key: no foreign key crosses modules.
alter table deals add column campaign_id uuid;

create index deals_campaign_idx on deals (organization_id, campaign_id) where campaign_id is not null;
