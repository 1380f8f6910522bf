-- Masterclasses (MC1): a live class sold from a public landing page /mc/{slug}. host_user_id names a member of the
-- identity module, booking_page_id a booking page of scheduling, pipeline_id a pipeline of the pipeline module and
-- cover_file_id a file of the platform's file store, by id only: no foreign key crosses modules.
create table masterclasses (
    id                           uuid primary key,
    organization_id              uuid        not null,
    -- Unique across the installation because the public URL carries no organization.
    slug                         text        not null check (slug ~ '^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$'),
    title                        text        not null check (length(title) between 1 and 200),
    description                  text        not null default '' check (length(description) <= 20000),
    -- [{"minute": 0, "title": "Welcome"}, …]: minutes from the start.
    agenda                       jsonb       not null default '[]' check (jsonb_typeof(agenda) = 'array'),
    host_user_id                 uuid,
    starts_at                    timestamptz not null,
    ends_at                      timestamptz not null check (ends_at > starts_at),
    time_zone                    text        not null default 'UTC' check (length(time_zone) between 1 and 64),
    -- 0: free.
    price_cents                  bigint      not null default 0 check (price_cents >= 0),
    currency                     char(3)     not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
    -- Null: unlimited seats.
    capacity                     int         check (capacity > 0),
    status                       text        not null default 'draft'
                                 check (status in ('draft', 'published', 'live', 'ended', 'archived')),
    cover_file_id                uuid,
    stream_kind                  text        not null default 'url' check (stream_kind in ('hls', 'youtube', 'vimeo', 'url')),
    stream_url                   text        check (length(stream_url) <= 2000),
    booking_page_id              uuid,
    pipeline_id                  uuid,
    -- Watching at least this long makes a registrant ATTENDED.
    attendance_threshold_minutes int         not null default 10 check (attendance_threshold_minutes between 0 and 1440),
    live_started_at              timestamptz,
    live_ended_at                timestamptz,
    created_at                   timestamptz not null default now(),
    updated_at                   timestamptz not null default now(),
    version                      bigint      not null default 0
);
create unique index masterclasses_slug_uq on masterclasses (slug);
create index masterclasses_list_idx on masterclasses (organization_id, starts_at desc, id desc);
create index masterclasses_status_idx on masterclasses (organization_id, status, starts_at desc, id desc);

select enable_tenant_rls('masterclasses');

create trigger audit after insert or delete or update of slug, title, status, starts_at, ends_at, price_cents, currency,
    capacity, host_user_id, live_started_at, live_ended_at
    on masterclasses for each row execute function audit_row_change('masterclass');
