-- Events (seed 000 §4): an event with its agenda, its attendees (contacts or members) and every check-in
-- scan. Seats are counted on the event row (seats_taken), changed only by a conditional update, so that
-- concurrent registrations can never take more seats than the capacity.
create table events (
    id                    uuid primary key,
    organization_id       uuid        not null,
    title                 text        not null check (length(title) between 1 and 200),
    description           text        check (length(description) <= 10000),
    type                  text        not null check (type in ('CONFERENCE', 'MEETUP', 'WORKSHOP', 'WEBINAR', 'DINNER', 'OTHER')),
    venue                 text        check (length(venue) <= 500),
    online_url            text        check (length(online_url) <= 2000),
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    time_zone             text        not null,
    capacity              integer     check (capacity > 0),
    seats_taken           integer     not null default 0 check (seats_taken >= 0),
    budget_cents          bigint      check (budget_cents >= 0),
    currency              text        not null,
    status                text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')),
    owner_id              uuid        not null,
    created_by            uuid,
    -- Raised by every change that attendees' calendars must follow (time, place, title); invitations catch up to it.
    revision              integer     not null default 0,
    reminder_lead_minutes integer     not null default 1440 check (reminder_lead_minutes between 0 and 43200),
    reminded_at           timestamptz,
    closed_at             timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    check (ends_at > starts_at),
    check (capacity is null or seats_taken <= capacity)
);
create index events_org_start_idx on events (organization_id, starts_at, id);
create index events_org_status_start_idx on events (organization_id, status, starts_at);
create index events_title_idx on events using gin (lower(title) gin_trgm_ops);
-- The jobs look across organizations for events to remind of and to close.
create index events_reminder_due_idx on events (starts_at) where status = 'PUBLISHED' and reminded_at is null;
create index events_close_due_idx on events (ends_at) where status = 'PUBLISHED' and closed_at is null;
select enable_tenant_rls('events');
-- Audited, except the bookkeeping that every registration, invitation and job run moves (seats, reminders).
create trigger audit after insert or delete on events for each row execute function audit_row_change('event');
create trigger audit_update after update on events for each row
    when ((to_jsonb(old) - 'seats_taken' - 'reminded_at' - 'closed_at' - 'updated_at' - 'version')
          is distinct from (to_jsonb(new) - 'seats_taken' - 'reminded_at' - 'closed_at' - 'updated_at' - 'version'))
    execute function audit_row_change('event');

create table event_agenda_items (
    id              uuid primary key,
    organization_id uuid        not null,
    event_id        uuid        not null references events (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 200),
    speaker         text        check (length(speaker) <= 200),
    room            text        check (length(room) <= 100),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    position        integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index event_agenda_items_event_idx on event_agenda_items (organization_id, event_id, starts_at);
select enable_tenant_rls('event_agenda_items');
create trigger audit after insert or update or delete on event_agenda_items for each row execute function audit_row_change('event_agenda_item');

create table event_attendees (
    id                 uuid primary key,
    organization_id    uuid        not null,
    event_id           uuid        not null references events (id) on delete cascade,
    contact_id         uuid,
    user_id            uuid,
    name               text        not null,
    email              text,
    status             text        not null check (status in ('REGISTERED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW', 'CANCELLED')),
    registered_at      timestamptz not null default now(),
    checked_in_at      timestamptz,
    checked_out_at     timestamptz,
    cancelled_at       timestamptz,
    -- The event revision this person's calendar holds, and the SEQUENCE of the last invitation sent to them.
    invited_revision   integer,
    invite_sequence    integer     not null default -1,
    cancel_sent        boolean     not null default false,
    reminded_at        timestamptz,
    attendance_logged  boolean     not null default false,
    created_by         uuid,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check ((contact_id is null) <> (user_id is null))
);
create unique index event_attendees_contact_uq on event_attendees (event_id, contact_id) where contact_id is not null;
create unique index event_attendees_user_uq on event_attendees (event_id, user_id) where user_id is not null;
create index event_attendees_event_idx on event_attendees (organization_id, event_id, status, registered_at, id);
create index event_attendees_contact_idx on event_attendees (organization_id, contact_id);
select enable_tenant_rls('event_attendees');
create trigger audit after insert or delete on event_attendees for each row execute function audit_row_change('event_attendee');
create trigger audit_update after update on event_attendees for each row
    when ((to_jsonb(old) - 'invited_revision' - 'invite_sequence' - 'cancel_sent' - 'reminded_at' - 'attendance_logged' - 'updated_at')
          is distinct from (to_jsonb(new) - 'invited_revision' - 'invite_sequence' - 'cancel_sent' - 'reminded_at' - 'attendance_logged' - 'updated_at'))
    execute function audit_row_change('event_attendee');

-- Every scan at the door or at an agenda item, repeats included: the check-in times chart and "already
-- checked in at 10:02" both read it. Not audited: it is a log already.
create table event_scans (
    id              uuid primary key,
    organization_id uuid        not null,
    event_id        uuid        not null references events (id) on delete cascade,
    attendee_id     uuid        not null references event_attendees (id) on delete cascade,
    agenda_item_id  uuid        references event_agenda_items (id) on delete cascade,
    kind            text        not null check (kind in ('CHECK_IN', 'CHECK_OUT')),
    repeated        boolean     not null default false,
    scanned_by      uuid,
    scanned_at      timestamptz not null default now()
);
create index event_scans_event_idx on event_scans (organization_id, event_id, scanned_at);
create index event_scans_attendee_idx on event_scans (attendee_id, agenda_item_id);
select enable_tenant_rls('event_scans');
