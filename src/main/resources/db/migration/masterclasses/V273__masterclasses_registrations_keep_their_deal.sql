-- The deal registering opened (or moved) in the masterclass pipeline: its win is matched by this id, since a deal's
-- title can be renamed and two classes can share one.
alter table masterclass_registrations add column deal_id uuid;
create index masterclass_registrations_deal_idx on masterclass_registrations (organization_id, deal_id)
    where deal_id is not null;
