-- Agencies and their client accounts. A client account is an organization of its own (so every tenant table keeps
-- isolating it by row-level security); this table only links it to the agency that manages it.
alter table organizations add column agency boolean not null default false;

create table client_accounts (
    organization_id uuid        primary key references organizations (id) on delete cascade,
    agency_id       uuid        not null references organizations (id) on delete cascade,
    client_type     text        not null check (client_type ~ '^[a-z][a-z0-9_]{0,39}$'),
    services        text[]      not null default '{}',
    contact_name    text        not null check (length(contact_name) between 1 and 200),
    contact_email   text        not null check (length(contact_email) <= 254 and contact_email = lower(contact_email)),
    first_user_id   uuid        references users (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    check (organization_id <> agency_id)
);
create index client_accounts_agency_idx on client_accounts (agency_id, created_at);

-- Agency members (role member) open only the client accounts they are assigned to.
create table client_account_assignments (
    organization_id uuid        not null references client_accounts (organization_id) on delete cascade,
    agency_id       uuid        not null references organizations (id) on delete cascade,
    user_id         uuid        not null references users (id) on delete cascade,
    created_at      timestamptz not null default now(),
    primary key (organization_id, user_id)
);
create index client_account_assignments_user_idx on client_account_assignments (user_id, agency_id);

-- Seen by the client account itself and by its agency; changed by the agency. The client account's own transaction
-- may insert its link once, because the account is created in its own tenant scope (it has no rows before).
alter table client_accounts enable row level security;
alter table client_accounts force row level security;
create policy client_accounts_read on client_accounts for select
    using (organization_id = app_org_id() or agency_id = app_org_id() or app_is_system());
create policy client_accounts_create on client_accounts for insert
    with check (organization_id = app_org_id() or app_is_system());
create policy client_accounts_change on client_accounts for update
    using (agency_id = app_org_id() or app_is_system())
    with check (agency_id = app_org_id() or app_is_system());
create policy client_accounts_delete on client_accounts for delete
    using (agency_id = app_org_id() or app_is_system());

alter table client_account_assignments enable row level security;
alter table client_account_assignments force row level security;
create policy client_account_assignments_tenant on client_account_assignments
    using (agency_id = app_org_id() or organization_id = app_org_id() or user_id = app_user_id() or app_is_system())
    with check (agency_id = app_org_id() or app_is_system());


-- An agency reads the organizations of its client accounts (their names in its switcher and hub), and a client
-- account reads its agency's, without being members of them. Changes still need the organization's own scope.
drop policy organizations_read on organizations;
create policy organizations_read on organizations for select
    using (id = app_org_id() or app_is_system()
           or exists (select 1 from memberships m where m.organization_id = organizations.id and m.user_id = app_user_id())
           or exists (select 1 from client_accounts ca
                      where (ca.organization_id = organizations.id and ca.agency_id = app_org_id())
                         or (ca.agency_id = organizations.id and ca.organization_id = app_org_id())));
