-- What event listeners already notified people about, so a republished event notifies nobody twice.
create table notification_occasions (
    organization_id uuid        not null,
    occasion        text        not null check (length(occasion) between 1 and 200),
    created_at      timestamptz not null default now(),
    primary key (organization_id, occasion)
);
create index notification_occasions_created_idx on notification_occasions (created_at);

select enable_tenant_rls('notification_occasions');
