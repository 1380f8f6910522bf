-- Monday.com: a board mirrored by a task board. Which Monday item is which task item (with what was last pushed or
-- read, so a change is pushed once and never echoed back), and the connection's editable status mapping.
alter table integration_connections drop constraint integration_connections_provider_check;
alter table integration_connections add constraint integration_connections_provider_check
    check (provider in ('HUBSPOT', 'SALESFORCE', 'GOOGLE_SHEETS', 'GOHIGHLEVEL', 'CTM', 'MONDAY'));

create table monday_item_links (
    organization_id uuid        not null,
    connection_id   uuid        not null references integration_connections (id) on delete cascade,
    -- A task item (tasks module): referenced by id only, no foreign key across modules.
    task_item_id    uuid        not null,
    monday_item_id  text        not null check (monday_item_id ~ '^[0-9]{1,20}$'),
    synced_name     text        not null,
    synced_status   text        not null,
    updated_at      timestamptz not null default now(),
    primary key (connection_id, task_item_id)
);
create unique index monday_item_links_remote_uq on monday_item_links (connection_id, monday_item_id);
create index monday_item_links_org_idx on monday_item_links (organization_id, connection_id);

create table monday_status_mappings (
    organization_id uuid not null,
    connection_id   uuid not null references integration_connections (id) on delete cascade,
    status          text not null check (status in ('backlog', 'in_progress', 'review', 'done')),
    label           text not null check (length(label) between 1 and 100),
    primary key (connection_id, status)
);

alter table monday_item_links enable row level security;
alter table monday_item_links force row level security;
create policy monday_item_links_tenant on monday_item_links using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table monday_status_mappings enable row level security;
alter table monday_status_mappings force row level security;
create policy monday_status_mappings_tenant on monday_status_mappings using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
