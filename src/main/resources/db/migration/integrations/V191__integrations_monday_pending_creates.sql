-- Monday.com answers a create_item mutation with the new item's id, but its create_pulse webhook may arrive before that
-- answer has been stored as a link. A pending create (written and committed before the mutation is sent) tells the
-- webhook that the item it does not know yet is ours on its way, so it does not create a second task item for it.
create table monday_pending_creates (
    organization_id uuid        not null,
    connection_id   uuid        not null references integration_connections (id) on delete cascade,
    -- A task item (tasks module): referenced by id only, no foreign key across modules.
    task_item_id    uuid        not null,
    name            text        not null,
    created_at      timestamptz not null default now(),
    primary key (connection_id, task_item_id)
);
create index monday_pending_creates_name_idx on monday_pending_creates (organization_id, connection_id, name);

alter table monday_pending_creates enable row level security;
alter table monday_pending_creates force row level security;
create policy monday_pending_creates_tenant on monday_pending_creates using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
