-- Campaigns, their spend month by month, KPI events (seed 004) and the daily rollups that keep reports fast (AN2).
-- contact_id, deal_id and the sources' ids name rows of other modules by id only: no foreign key crosses modules.

create table campaigns (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 200),
    platform        text        not null default 'other'
                    check (platform in ('facebook', 'google', 'tiktok', 'instagram', 'email', 'referral', 'event', 'other')),
    status          text        not null default 'active' check (status in ('draft', 'active', 'paused', 'ended')),
    starts_on       date,
    ends_on         date,
    currency        char(3)     not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
    -- The UTM values that identify the campaign's traffic (compared lower-cased); any may be empty.
    utm_source      text        check (length(utm_source) <= 200),
    utm_medium      text        check (length(utm_medium) <= 200),
    utm_campaign    text        check (length(utm_campaign) <= 200),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    deleted_at      timestamptz,
    version         bigint      not null default 0,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create unique index campaigns_name_uq on campaigns (organization_id, lower(name)) where deleted_at is null;
create index campaigns_utm_idx on campaigns (organization_id, lower(utm_campaign)) where deleted_at is null;

-- Spend per calendar month, in the campaign's currency (month = its first day).
create table campaign_spend (
    organization_id uuid    not null,
    campaign_id     uuid    not null references campaigns (id) on delete cascade,
    month           date    not null check (extract(day from month) = 1),
    amount_cents    bigint  not null check (amount_cents >= 0),
    updated_at      timestamptz not null default now(),
    primary key (campaign_id, month)
);
create index campaign_spend_org_idx on campaign_spend (organization_id, month);

-- A KPI event happened once: source_key (e.g. 'appointment-booked:<appointmentId>' or the API's Idempotency-Key)
-- makes a second delivery of the same fact a no-op.
create table kpi_events (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    kind            text        not null check (kind in ('ad_click', 'consult_booked', 'consult_show', 'invoice_paid')),
    contact_id      uuid,
    campaign_id     uuid        references campaigns (id) on delete set null,
    occurred_at     timestamptz not null,
    value_cents     bigint      check (value_cents > 0),
    currency        char(3)     check (currency ~ '^[A-Z]{3}$'),
    metadata        jsonb       not null default '{}' check (jsonb_typeof(metadata) = 'object'),
    source_key      text        not null check (length(source_key) between 1 and 300),
    recorded_at     timestamptz not null default now(),
    check ((kind = 'invoice_paid') = (value_cents is not null)),
    check ((value_cents is null) = (currency is null))
);
create unique index kpi_events_source_uq on kpi_events (organization_id, source_key);
create index kpi_events_time_idx on kpi_events (organization_id, occurred_at desc, id desc);
create index kpi_events_campaign_idx on kpi_events (organization_id, campaign_id, kind, occurred_at);
create index kpi_events_contact_idx on kpi_events (organization_id, contact_id, occurred_at) where contact_id is not null;

-- First and last touch per contact: the campaign that first brought them and the latest one (both kept).
create table contact_touches (
    organization_id     uuid        not null,
    contact_id          uuid        not null,
    first_campaign_id   uuid        references campaigns (id) on delete set null,
    first_touched_at    timestamptz not null,
    last_campaign_id    uuid        references campaigns (id) on delete set null,
    last_touched_at     timestamptz not null,
    primary key (organization_id, contact_id)
);
create index contact_touches_first_idx on contact_touches (organization_id, first_campaign_id);
create index contact_touches_last_idx on contact_touches (organization_id, last_campaign_id);

-- Daily counts and sums per organization, campaign (the nil uuid when none), attribution model and kind; maintained
-- in the same transaction as each KPI event and rebuilt exactly from kpi_events by a job. 'model' tells whether an
-- event was counted on the event's own campaign ('event'), the contact's first touch or its last touch.
create table kpi_daily_rollups (
    organization_id uuid    not null,
    day             date    not null,
    campaign_id     uuid    not null default '00000000-0000-0000-0000-000000000000',
    model           text    not null check (model in ('first_touch', 'last_touch')),
    kind            text    not null check (kind in ('ad_click', 'consult_booked', 'consult_show', 'invoice_paid')),
    currency        char(3) not null default 'USD',
    event_count     bigint  not null default 0 check (event_count >= 0),
    value_cents     bigint  not null default 0,
    primary key (organization_id, day, campaign_id, model, kind, currency)
);
create index kpi_daily_rollups_campaign_idx on kpi_daily_rollups (organization_id, campaign_id, model, day);

select enable_tenant_rls('campaigns');
select enable_tenant_rls('campaign_spend');
select enable_tenant_rls('kpi_events');
select enable_tenant_rls('contact_touches');
select enable_tenant_rls('kpi_daily_rollups');

create trigger audit after insert or delete or update of name, platform, status, starts_on, ends_on, utm_source,
    utm_medium, utm_campaign, deleted_at on campaigns for each row execute function audit_row_change('campaign');
