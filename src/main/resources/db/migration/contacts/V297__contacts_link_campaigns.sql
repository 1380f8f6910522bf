-- Contacts' free-text campaigns now name campaigns (V296 created the missing ones): each contact gets its campaign's
-- id and the campaign's spelling of the name. This is not a person's change, so the audit trail, the field change
-- times a sync compares (V53) and the search words (campaigns are not searched) stand aside for this statement.
select set_config('app.system', 'on', true);

alter table contacts disable trigger audit;
alter table contacts disable trigger contact_field_times_update;
alter table contacts disable trigger contact_search_words_update;

update contacts set campaign = null where btrim(campaign) = '';

update contacts t set campaign_id = c.id, campaign = c.name
from campaigns c
where c.organization_id = t.organization_id and lower(c.name) = lower(btrim(t.campaign)) and c.deleted_at is null;

alter table contacts enable trigger audit;
alter table contacts enable trigger contact_field_times_update;
alter table contacts enable trigger contact_search_words_update;

select set_config('app.system', '', true);
