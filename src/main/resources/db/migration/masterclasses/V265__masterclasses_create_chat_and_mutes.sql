-- The live room's chat (MC2). registration_id null = a staff member (host or moderator) wrote it; author_name is
-- copied at write time so the chat reads the same after a registrant changes their name. media_seconds = seconds
-- since the class's live_started_at when it was written: the replay plays the chat back at the same media time.
-- Deleting hides a message (deleted_at, deleted_by) and keeps it for moderation and insights.
create table masterclass_chat_messages (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    masterclass_id  uuid        not null references masterclasses (id) on delete cascade,
    registration_id uuid        references masterclass_registrations (id) on delete cascade,
    author_user_id  uuid,
    author_name     text        not null check (length(author_name) between 1 and 200),
    body            text        not null check (length(body) between 1 and 2000),
    is_question     boolean     not null default false,
    answered_at     timestamptz,
    pinned          boolean     not null default false,
    deleted_at      timestamptz,
    deleted_by      uuid,
    media_seconds   int         not null default 0 check (media_seconds >= 0),
    created_at      timestamptz not null default now()
);
-- The room's history and the staff's paging (newest first), and the replay in media order.
create index masterclass_chat_room_idx on masterclass_chat_messages (organization_id, masterclass_id, created_at desc, id desc);
create index masterclass_chat_media_idx on masterclass_chat_messages (masterclass_id, media_seconds, id) where deleted_at is null;

-- A registrant muted in one masterclass's chat: they still watch, but may no longer write.
create table masterclass_mutes (
    organization_id uuid        not null,
    masterclass_id  uuid        not null references masterclasses (id) on delete cascade,
    registration_id uuid        not null references masterclass_registrations (id) on delete cascade,
    muted_by        uuid        not null,
    created_at      timestamptz not null default now(),
    primary key (masterclass_id, registration_id)
);

select enable_tenant_rls('masterclass_chat_messages');
select enable_tenant_rls('masterclass_mutes');
