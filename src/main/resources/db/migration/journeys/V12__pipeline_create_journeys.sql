-- Client journeys (seed 001 §4): templates with ordered steps, journeys started on a contact with the
-- steps copied from a template, and active clients (one per contact) with the services they bought.
create table journey_templates (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 120),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create index journey_templates_org_idx on journey_templates (organization_id, name);

create table journey_template_steps (
    id              uuid primary key,
    organization_id uuid    not null,
    template_id     uuid    not null references journey_templates (id) on delete cascade,
    position        int     not null,
    title           text    not null check (length(title) between 1 and 200),
    due_offset_days int     not null check (due_offset_days between 0 and 3650),
    assignee_role   text    not null check (assignee_role in ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER'))
);
create index journey_template_steps_idx on journey_template_steps (organization_id, template_id, position);

create table active_clients (
    id              uuid primary key,
    organization_id uuid        not null,
    contact_id      uuid        not null,
    created_by      uuid        not null,
    created_at      timestamptz not null default now()
);
create unique index active_clients_contact_uq on active_clients (organization_id, contact_id);
create index active_clients_created_idx on active_clients (organization_id, created_at desc, id desc);

create table journeys (
    id               uuid primary key,
    organization_id  uuid        not null,
    contact_id       uuid        not null,
    template_id      uuid        references journey_templates (id) on delete set null,
    name             text        not null,
    status           text        not null default 'PENDING'
                     check (status in ('PENDING', 'IN_PROGRESS', 'ACTIVE_CLIENT', 'WON', 'LOST', 'ARCHIVED')),
    service_ids      uuid[]      not null default '{}',
    concerns         text[]      not null default '{}',
    active_client_id uuid        references active_clients (id),
    started_by       uuid        not null,
    started_on       date        not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0
);
create index journeys_org_created_idx on journeys (organization_id, created_at desc, id desc);
create index journeys_contact_idx on journeys (organization_id, contact_id);

create table journey_steps (
    id              uuid primary key,
    organization_id uuid        not null,
    journey_id      uuid        not null references journeys (id) on delete cascade,
    position        int         not null,
    title           text        not null,
    due_on          date        not null,
    assignee_id     uuid,
    done_at         timestamptz,
    notified_at     timestamptz
);
create index journey_steps_journey_idx on journey_steps (organization_id, journey_id, position);
create index journey_steps_due_idx on journey_steps (due_on) where done_at is null and notified_at is null;

create table client_services (
    id               uuid primary key,
    organization_id  uuid        not null,
    active_client_id uuid        not null references active_clients (id) on delete cascade,
    journey_id       uuid        references journeys (id) on delete set null,
    service_id       uuid        not null,
    price_cents      bigint      not null check (price_cents >= 0),
    currency         text        not null check (currency ~ '^[A-Z]{3}$'),
    created_at       timestamptz not null default now()
);
create index client_services_client_idx on client_services (organization_id, active_client_id);

do $$
declare t text;
begin
    foreach t in array array['journey_templates', 'journey_template_steps', 'active_clients', 'journeys',
                             'journey_steps', 'client_services'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_org_id() or app_is_system())'
                       ' with check (organization_id = app_org_id() or app_is_system())', t || '_tenant', t);
        execute format('create trigger audit after insert or update or delete on %I for each row'
                       ' execute function audit_row_change(%L)', t, rtrim(t, 's'));
    end loop;
end $$;
