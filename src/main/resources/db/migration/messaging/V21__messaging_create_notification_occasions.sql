-- What event listeners already notified people about, so a republished event notifies nobody twice.
create table notification_occasions (
    organization_id uuid        not null,
    occasion        text        not null check (length(occasion) between 1 and 200),
    created_at      timestamptz not null default now(),
    primary key (organization_id, occasion)
);
create index notification_occasions_created_idx on notification_occasions (created_at);

alter table notification_occasions enable row level security;
alter table notification_occasions force row level security;
create policy notification_occasions_tenant on notification_occasions
    using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
