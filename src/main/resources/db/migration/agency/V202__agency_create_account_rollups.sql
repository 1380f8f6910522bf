-- The agency hub's rollups, kept by events so the hub never scans contacts or calls. One row per client account
-- (organization_id) with what other modules report as it changes; one row per account and day with the leads and
-- calls that arrived. Visible to the account itself and to its agency (agency_id).
create table agency_account_rollups (
    organization_id         uuid        primary key,
    agency_id               uuid        not null,
    onboarding_steps_done   integer     not null default 0 check (onboarding_steps_done >= 0),
    onboarding_steps_total  integer     not null default 0 check (onboarding_steps_total >= 0),
    onboarding_completed_at timestamptz,
    reviews_waiting         integer     not null default 0 check (reviews_waiting >= 0),
    open_tasks              integer     not null default 0 check (open_tasks >= 0),
    overdue_tasks           integer     not null default 0 check (overdue_tasks >= 0),
    updated_at              timestamptz not null default now()
);
create index agency_account_rollups_agency_idx on agency_account_rollups (agency_id);

create table agency_daily_activity (
    organization_id uuid    not null references agency_account_rollups (organization_id) on delete cascade,
    agency_id       uuid    not null,
    day             date    not null,
    leads           integer not null default 0,
    calls           integer not null default 0,
    primary key (organization_id, day)
);
create index agency_daily_activity_agency_day_idx on agency_daily_activity (agency_id, day) include (leads, calls);

-- What was counted already: events arrive at least once, and a second delivery must not count twice.
create table agency_counted_items (
    organization_id uuid not null references agency_account_rollups (organization_id) on delete cascade,
    kind            text not null check (kind in ('lead', 'import', 'form_lead', 'call')),
    item_id         uuid not null,
    primary key (organization_id, kind, item_id)
);

alter table agency_account_rollups enable row level security;
alter table agency_account_rollups force row level security;
create policy agency_account_rollups_tenant on agency_account_rollups
    using (organization_id = app_org_id() or agency_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or agency_id = app_org_id() or app_is_system());

alter table agency_daily_activity enable row level security;
alter table agency_daily_activity force row level security;
create policy agency_daily_activity_tenant on agency_daily_activity
    using (organization_id = app_org_id() or agency_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or agency_id = app_org_id() or app_is_system());

select enable_tenant_rls('agency_counted_items');
