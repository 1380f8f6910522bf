-- Pipelines with ordered stages, deals that move through them, and every move's history (seed 004).

create table pipelines (
    id                         uuid primary key,
    organization_id            uuid        not null,
    name                       text        not null check (length(name) between 1 and 80),
    template                   text        check (template in ('DEFAULT', 'MASTERCLASS')),
    is_default                 boolean     not null default false,
    allow_multiple_open_deals  boolean     not null default false,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    version                    bigint      not null default 0
);
create unique index pipelines_name_uq on pipelines (organization_id, lower(name));
create unique index pipelines_default_uq on pipelines (organization_id) where is_default;

create table pipeline_stages (
    id              uuid primary key,
    organization_id uuid        not null,
    pipeline_id     uuid        not null references pipelines (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 60),
    color           text        not null default '#6c757d' check (color ~ '^#[0-9a-fA-F]{6}$'),
    kind            text        not null default 'OPEN' check (kind in ('OPEN', 'WON', 'LOST')),
    probability     integer     not null default 0 check (probability between 0 and 100),
    position        integer     not null check (position >= 0),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- Reordering rewrites every position in one transaction: checked at commit.
    constraint pipeline_stages_position_uq unique (pipeline_id, position) deferrable initially deferred
);
create unique index pipeline_stages_name_uq on pipeline_stages (pipeline_id, lower(name));
create index pipeline_stages_org_idx on pipeline_stages (organization_id, pipeline_id, position);

create table deals (
    id                  uuid primary key,
    organization_id     uuid        not null,
    pipeline_id         uuid        not null references pipelines (id) on delete restrict,
    stage_id            uuid        not null references pipeline_stages (id) on delete restrict,
    contact_id          uuid        not null,
    title               text        not null check (length(title) between 1 and 200),
    value_cents         bigint      not null default 0 check (value_cents >= 0),
    currency            text        not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
    service_id          uuid        references services (id) on delete set null,
    expected_close_date date,
    owner_id            uuid,
    campaign            text        check (length(campaign) <= 200),
    lost_reason         text        check (length(lost_reason) <= 500),
    status              text        not null default 'OPEN' check (status in ('OPEN', 'WON', 'LOST')),
    stage_entered_at    timestamptz not null default now(),
    closed_at           timestamptz,
    created_by          uuid,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0
);
-- The board: each column's first cards come from one range of this index, and its count and sum from
-- an index-only scan of it.
create index deals_board_idx on deals (organization_id, pipeline_id, stage_id, stage_entered_at desc, id desc)
    include (value_cents, owner_id, service_id);
create index deals_contact_idx on deals (organization_id, contact_id, pipeline_id) where status = 'OPEN';
create index deals_list_idx on deals (organization_id, updated_at desc, id desc);
create index deals_owner_idx on deals (organization_id, owner_id, updated_at desc, id desc);

create table deal_stage_history (
    id              uuid primary key,
    organization_id uuid        not null,
    deal_id         uuid        not null references deals (id) on delete cascade,
    from_stage_id   uuid,
    from_stage_name text,
    to_stage_id     uuid        not null,
    to_stage_name   text        not null,
    changed_by      uuid,
    changed_at      timestamptz not null default now() check (changed_at <= now() + interval '1 second')
);
create index deal_stage_history_deal_idx on deal_stage_history (organization_id, deal_id, changed_at, id);

alter table pipelines enable row level security;
alter table pipelines force row level security;
create policy pipelines_tenant on pipelines using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table pipeline_stages enable row level security;
alter table pipeline_stages force row level security;
create policy pipeline_stages_tenant on pipeline_stages using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table deals enable row level security;
alter table deals force row level security;
create policy deals_tenant on deals using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table deal_stage_history enable row level security;
alter table deal_stage_history force row level security;
create policy deal_stage_history_tenant on deal_stage_history using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

create trigger audit after insert or update or delete on pipelines for each row execute function audit_row_change('pipeline');
create trigger audit after insert or update or delete on pipeline_stages for each row execute function audit_row_change('pipeline_stage');
create trigger audit after insert or update or delete on deals for each row execute function audit_row_change('deal');

-- Every existing organization gets the default "Sales" pipeline, as new ones do on OrganizationCreated.
select set_config('app.system', 'on', true);
with created as (
    insert into pipelines (id, organization_id, name, template, is_default)
    select uuidv7(), o.id, 'Sales', 'DEFAULT', true from organizations o
    returning id, organization_id
)
insert into pipeline_stages (id, organization_id, pipeline_id, name, color, kind, probability, position)
select uuidv7(), c.organization_id, c.id, s.name, s.color, s.kind, s.probability, s.position
from created c cross join (values
    ('New', '#0d6efd', 'OPEN', 10, 0),
    ('Contacted', '#6f42c1', 'OPEN', 25, 1),
    ('Consult Booked', '#fd7e14', 'OPEN', 60, 2),
    ('Won', '#198754', 'WON', 100, 3),
    ('Lost', '#dc3545', 'LOST', 0, 4)) as s (name, color, kind, probability, position);
