-- A deal's campaign becomes a reference to an analytics campaign (issue 19): `campaign` keeps the campaign's name
-- (for the deal page, search and exports), `campaign_id` names it. No foreign key: no foreign key crosses modules.
-- The deals stored before carry only the name: the application links them at startup (a migration may not read
-- another module's tables), creating the campaigns their names call for.
alter table deals add column campaign_id uuid;

create index deals_campaign_idx on deals (organization_id, campaign_id) where campaign_id is not null;

-- The deals still to link; nearly empty once the stored names are linked.
create index deals_campaign_unlinked_idx on deals (organization_id) where campaign is not null and campaign_id is null;
