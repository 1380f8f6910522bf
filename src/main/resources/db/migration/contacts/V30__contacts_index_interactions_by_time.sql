-- The dashboard's "activity over time" counts an organization's interactions per week: one range of this index.
create index interactions_org_time_idx on interactions (organization_id, occurred_at);
