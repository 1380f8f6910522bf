-- Scheduling (SC1): each rep's availability, booking pages and the appointments booked on them. rep and user ids name
-- users of the identity module and contact_id a contact of the contacts module, by id only: no foreign key crosses
-- modules. Times of day are wall-clock times in the rep's own zone; instants are timestamptz.

-- A member's availability in one organization: their zone and meeting settings. No row: not bookable.
create table scheduling_availability (
    organization_id        uuid        not null,
    user_id                uuid        not null,
    time_zone              text        not null check (length(time_zone) between 1 and 64),
    buffer_before_minutes  int         not null default 0 check (buffer_before_minutes between 0 and 240),
    buffer_after_minutes   int         not null default 0 check (buffer_after_minutes between 0 and 240),
    minimum_notice_minutes int         not null default 240 check (minimum_notice_minutes between 0 and 86400),
    -- Null: no limit. Counted per day in the rep's own zone.
    max_per_day            int         check (max_per_day between 1 and 100),
    updated_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    primary key (organization_id, user_id)
);

-- Weekly hours: ISO day of week (1 = Monday … 7 = Sunday) with a local start and end; several ranges a day allowed.
create table scheduling_weekly_hours (
    id              uuid primary key default uuidv7(),
    organization_id uuid not null,
    user_id         uuid not null,
    day_of_week     smallint not null check (day_of_week between 1 and 7),
    start_time      time     not null,
    end_time        time     not null check (end_time > start_time),
    foreign key (organization_id, user_id) references scheduling_availability (organization_id, user_id) on delete cascade
);
create index scheduling_weekly_hours_user_idx on scheduling_weekly_hours (organization_id, user_id, day_of_week);

-- Date overrides replace the weekly hours of one local date: rows without times mean the day off, rows with times are
-- that day's hours (extra or different).
create table scheduling_date_overrides (
    id              uuid primary key default uuidv7(),
    organization_id uuid not null,
    user_id         uuid not null,
    on_date         date not null,
    start_time      time,
    end_time        time,
    check ((start_time is null and end_time is null) or (start_time is not null and end_time > start_time)),
    foreign key (organization_id, user_id) references scheduling_availability (organization_id, user_id) on delete cascade
);
create index scheduling_date_overrides_user_idx on scheduling_date_overrides (organization_id, user_id, on_date);

-- A type of meeting visitors book at /book/{slug}. Slugs are unique across the installation because the public URL
-- carries no organization; a deleted page keeps its row (its appointments point at it) and frees its slug.
create table scheduling_booking_pages (
    id                uuid primary key,
    organization_id   uuid        not null,
    slug              text        not null check (slug ~ '^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$'),
    title             text        not null check (length(title) between 1 and 200),
    description       text        check (length(description) <= 2000),
    duration_minutes  int         not null check (duration_minutes between 5 and 480),
    slot_step_minutes int         not null check (slot_step_minutes between 5 and 480),
    assignment_mode   text        not null check (assignment_mode in ('round_robin', 'lead_owner', 'fixed')),
    -- The rep of a 'fixed' page (one of its reps).
    fixed_rep_id      uuid,
    -- [{key, label, type: text|textarea, required}]
    questions         jsonb       not null default '[]' check (jsonb_typeof(questions) = 'array'),
    active            boolean     not null default true,
    created_by        uuid,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    deleted_at        timestamptz,
    version           bigint      not null default 0,
    check (assignment_mode <> 'fixed' or fixed_rep_id is not null)
);
create unique index scheduling_booking_pages_slug_uq on scheduling_booking_pages (slug) where deleted_at is null;
create index scheduling_booking_pages_org_idx on scheduling_booking_pages (organization_id, created_at desc, id desc)
    where deleted_at is null;

create table scheduling_booking_page_reps (
    organization_id uuid not null,
    booking_page_id uuid not null references scheduling_booking_pages (id) on delete cascade,
    user_id         uuid not null,
    position        int  not null,
    primary key (booking_page_id, user_id)
);
create index scheduling_booking_page_reps_user_idx on scheduling_booking_page_reps (organization_id, user_id);

-- An appointment. blocked_from/blocked_until are the rep's time it takes: start and end widened by the rep's buffers
-- at booking time (kept, so a later change of buffers does not move existing appointments' blocks). The exclusion
-- constraint is the guarantee against double booking: two live ('scheduled') appointments of one rep never block
-- overlapping time, whatever races happen between the slot check and the insert (SQLState 23P01).
create table scheduling_appointments (
    id                uuid primary key,
    organization_id   uuid        not null,
    booking_page_id   uuid        not null references scheduling_booking_pages (id),
    rep_id            uuid        not null,
    contact_id        uuid        not null,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null check (ends_at > starts_at),
    blocked_from      timestamptz not null check (blocked_from <= starts_at),
    blocked_until     timestamptz not null check (blocked_until >= ends_at),
    -- The visitor's IANA zone: invites and emails show times in it.
    time_zone         text        not null check (length(time_zone) between 1 and 64),
    status            text        not null default 'scheduled'
                      check (status in ('scheduled', 'completed', 'no_show', 'cancelled', 'rescheduled')),
    -- Why this rep, e.g. "round robin: least recently booked of 3 free".
    assignment_reason text        not null check (length(assignment_reason) <= 500),
    answers           jsonb       not null default '{}' check (jsonb_typeof(answers) = 'object'),
    notes             text        check (length(notes) <= 5000),
    -- The iCalendar SEQUENCE of the invite: each change sent to attendees raises it.
    sequence          int         not null default 0 check (sequence >= 0),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0,
    constraint scheduling_appointments_no_overlap exclude using gist (
        organization_id with =, rep_id with =, tstzrange(blocked_from, blocked_until, '[)') with &&)
        where (status = 'scheduled')
);
create index scheduling_appointments_list_idx on scheduling_appointments (organization_id, starts_at desc, id desc);
create index scheduling_appointments_rep_idx on scheduling_appointments (organization_id, rep_id, starts_at);
create index scheduling_appointments_contact_idx on scheduling_appointments (organization_id, contact_id, starts_at desc);
-- Round robin's "least recently booked" per page and rep.
create index scheduling_appointments_page_rep_idx on scheduling_appointments (organization_id, booking_page_id, rep_id,
    created_at desc);

select enable_tenant_rls('scheduling_availability');
select enable_tenant_rls('scheduling_weekly_hours');
select enable_tenant_rls('scheduling_date_overrides');
select enable_tenant_rls('scheduling_booking_pages');
select enable_tenant_rls('scheduling_booking_page_reps');
select enable_tenant_rls('scheduling_appointments');

create trigger audit after insert or delete or update of status, starts_at, ends_at, rep_id, contact_id, notes
    on scheduling_appointments for each row execute function audit_row_change('appointment');
create trigger audit after insert or delete or update of slug, title, duration_minutes, assignment_mode, fixed_rep_id,
    active, deleted_at on scheduling_booking_pages for each row execute function audit_row_change('booking_page');
