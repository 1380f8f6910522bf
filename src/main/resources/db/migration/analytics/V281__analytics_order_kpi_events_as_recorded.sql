-- The order in which KPI events were recorded, per contact: attribution counts an event on the contact's first and
-- last campaign as they stood when it was recorded, so the rollup rebuild replays events in this order to reach
-- exactly the same numbers. (uuidv7 ids from different connections in the same millisecond need not follow the
-- order in which the contact's lock was taken; an identity drawn after taking it does.)
alter table kpi_events add column seq bigint generated always as identity;
create index kpi_events_contact_seq_idx on kpi_events (organization_id, contact_id, seq) where contact_id is not null;
