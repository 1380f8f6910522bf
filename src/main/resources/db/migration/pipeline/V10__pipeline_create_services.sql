-- The organization's catalog of services or procedures (seed 004: BTX, FILLER, LASER, ...): deals name
-- the service they are about, and active clients buy services at a price.
create table services (
    id              uuid primary key,
    organization_id uuid        not null,
    code            text        not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,39}$'),
    name            text        not null check (length(name) between 1 and 120),
    price_cents     bigint      check (price_cents >= 0),
    currency        text        not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
    archived        boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index services_code_uq on services (organization_id, code);

alter table services enable row level security;
alter table services force row level security;
create policy services_tenant on services using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
create trigger audit after insert or update or delete on services for each row execute function audit_row_change('service');
