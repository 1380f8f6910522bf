-- The host's timed notifications (MC2): sent now (media_time_seconds null, sent_at set at once) or at a media time,
-- seconds after live_started_at. sent_at is set by the one conditional update that sends it, so a scheduled
-- notification goes out once across nodes. The replay shows each at its media time (or when it was sent).
create table masterclass_notifications (
    id                 uuid primary key default uuidv7(),
    organization_id    uuid        not null,
    masterclass_id     uuid        not null references masterclasses (id) on delete cascade,
    kind               text        not null check (kind in ('offer', 'poll', 'link', 'book_call')),
    text               text        not null check (length(text) between 1 and 500),
    url                text        check (length(url) <= 2000),
    media_time_seconds int         check (media_time_seconds >= 0),
    sent_at            timestamptz,
    created_by         uuid,
    created_at         timestamptz not null default now()
);
create index masterclass_notifications_class_idx on masterclass_notifications (organization_id, masterclass_id, media_time_seconds, created_at);
-- What the timer looks at every second: scheduled and not sent yet.
create index masterclass_notifications_due_idx on masterclass_notifications (masterclass_id, media_time_seconds)
    where sent_at is null and media_time_seconds is not null;

-- A registrant's click on an offer (or link, or book-call button), with the media time it happened at.
create table masterclass_offer_clicks (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    masterclass_id  uuid        not null references masterclasses (id) on delete cascade,
    notification_id uuid        not null references masterclass_notifications (id) on delete cascade,
    registration_id uuid        not null references masterclass_registrations (id) on delete cascade,
    clicked_at      timestamptz not null default now(),
    media_seconds   int         not null default 0 check (media_seconds >= 0)
);
create index masterclass_offer_clicks_class_idx on masterclass_offer_clicks (organization_id, masterclass_id, notification_id);

-- Watching, from the room's heartbeats (every 30 s): one row per uninterrupted stretch. A registrant silent for more
-- than ~75 s starts a new session; seconds_watched grows with each heartbeat by the time since the last one.
create table masterclass_viewer_sessions (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    masterclass_id  uuid        not null references masterclasses (id) on delete cascade,
    registration_id uuid        not null references masterclass_registrations (id) on delete cascade,
    mode            text        not null check (mode in ('live', 'replay')),
    joined_at       timestamptz not null default now(),
    last_seen_at    timestamptz not null default now(),
    left_at         timestamptz,
    seconds_watched int         not null default 0 check (seconds_watched >= 0)
);
-- The viewer count (sessions seen in the last ~45 s) and a registrant's open session.
create index masterclass_viewer_sessions_seen_idx on masterclass_viewer_sessions (masterclass_id, mode, last_seen_at);
create index masterclass_viewer_sessions_person_idx on masterclass_viewer_sessions (masterclass_id, registration_id, last_seen_at desc);
create index masterclass_viewer_sessions_org_idx on masterclass_viewer_sessions (organization_id, masterclass_id, joined_at);

select enable_tenant_rls('masterclass_notifications');
select enable_tenant_rls('masterclass_offer_clicks');
select enable_tenant_rls('masterclass_viewer_sessions');
