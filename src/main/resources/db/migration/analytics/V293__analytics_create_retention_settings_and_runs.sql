-- How long an organization keeps each kind of record (CT10, seed 004), and what each retention run removed.
-- A missing settings row means the seed's defaults (leads 7 years, activities 3 years, KPI events 5 years).

create table retention_settings (
    organization_id  uuid primary key,
    leads_years      integer     not null default 7 check (leads_years between 1 and 50),
    activities_years integer     not null default 3 check (activities_years between 1 and 50),
    kpi_events_years integer     not null default 5 check (kpi_events_years between 1 and 50),
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0
);

-- One row per organization and run; the audit trigger turns each row into the audit trail's entry of that run:
-- counts and times only, never what the purged records contained.
create table retention_runs (
    id               uuid primary key default uuidv7(),
    organization_id  uuid        not null,
    started_at       timestamptz not null,
    finished_at      timestamptz not null,
    duration_ms      bigint      not null check (duration_ms >= 0),
    leads            bigint      not null default 0 check (leads >= 0),
    activities       bigint      not null default 0 check (activities >= 0),
    kpi_events       bigint      not null default 0 check (kpi_events >= 0)
);
create index retention_runs_latest_idx on retention_runs (organization_id, started_at desc);

select enable_tenant_rls('retention_settings');
select enable_tenant_rls('retention_runs');

create trigger audit after insert or update of leads_years, activities_years, kpi_events_years on retention_settings
    for each row execute function audit_row_change('retention_settings');
create trigger audit after insert on retention_runs for each row execute function audit_row_change('retention_run');
