-- The media library (seed 000 §6): uploaded items with the files made from them, collections in an order,
-- and the events and contacts an item belongs to. The bytes live in the platform file store; these tables keep
-- the file ids. Event and contact ids point into other modules: no foreign keys cross modules.
create table media_items (
    id              uuid primary key,
    organization_id uuid        not null,
    owner_id        uuid        not null,
    name            text        not null check (length(name) between 1 and 255),
    media_type      text        not null check (media_type in ('IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT')),
    content_type    text        not null,
    size_bytes      bigint      not null check (size_bytes > 0),
    original_file_id uuid       not null,
    web_file_id     uuid,
    thumb_file_id   uuid,
    status          text        not null default 'PROCESSING' check (status in ('PROCESSING', 'READY', 'FAILED')),
    failure_reason  text,
    width           int,
    height          int,
    duration_ms     bigint,
    access_level    text        not null default 'ORGANIZATION' check (access_level in ('PRIVATE', 'ORGANIZATION', 'PUBLIC')),
    tags            text[]      not null default '{}',
    -- Lower-cased so that "like" (leakproof, unlike lower()) can use the trigram index under row-level security.
    search_text     text        generated always as (lower(name)) stored,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create index media_items_org_created_idx on media_items (organization_id, created_at desc, id desc);
create index media_items_org_type_idx on media_items (organization_id, media_type, created_at desc, id desc);
create index media_items_search_idx on media_items using gin (search_text gin_trgm_ops);
create index media_items_processing_idx on media_items (updated_at) where status = 'PROCESSING';
select enable_tenant_rls('media_items');
create trigger audit after insert or update or delete on media_items for each row execute function audit_row_change('media_item');

-- An item belongs to any number of events and contacts: one row per link, exactly one of the two ids set.
create table media_links (
    id              uuid primary key,
    organization_id uuid        not null,
    media_id        uuid        not null references media_items (id) on delete cascade,
    event_id        uuid,
    contact_id      uuid,
    created_at      timestamptz not null default now(),
    check ((event_id is null) <> (contact_id is null))
);
create unique index media_links_event_uq on media_links (organization_id, media_id, event_id) where event_id is not null;
create unique index media_links_contact_uq on media_links (organization_id, media_id, contact_id) where contact_id is not null;
create index media_links_by_event_idx on media_links (organization_id, event_id) where event_id is not null;
create index media_links_by_contact_idx on media_links (organization_id, contact_id) where contact_id is not null;
select enable_tenant_rls('media_links');
create trigger audit after insert or delete on media_links for each row execute function audit_row_change('media_link');

-- Collections: general, an event's photos, a contact's profile pictures (the first is the profile picture) and
-- snaps, which expire and are then deleted with the items that were only theirs.
create table media_collections (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 120),
    kind            text        not null check (kind in ('GENERAL', 'EVENT_PHOTOS', 'CONTACT_PROFILE', 'SNAP')),
    event_id        uuid,
    contact_id      uuid,
    expires_at      timestamptz,
    created_by      uuid        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    check ((kind = 'EVENT_PHOTOS') = (event_id is not null)),
    check ((kind = 'CONTACT_PROFILE') = (contact_id is not null)),
    check ((kind = 'SNAP') = (expires_at is not null))
);
create index media_collections_org_idx on media_collections (organization_id, created_at desc, id desc);
create unique index media_collections_profile_uq on media_collections (organization_id, contact_id) where kind = 'CONTACT_PROFILE';
create index media_collections_event_idx on media_collections (organization_id, event_id) where event_id is not null;
create index media_collections_expiry_idx on media_collections (expires_at) where kind = 'SNAP';
select enable_tenant_rls('media_collections');
create trigger audit after insert or update or delete on media_collections for each row execute function audit_row_change('media_collection');

-- Positions run 0..n-1 in each collection; a reorder renumbers them, so only additions and removals are audited.
create table media_collection_items (
    id              uuid primary key,
    organization_id uuid        not null,
    collection_id   uuid        not null references media_collections (id) on delete cascade,
    media_id        uuid        not null references media_items (id) on delete cascade,
    position        int         not null check (position >= 0),
    added_at        timestamptz not null default now()
);
create unique index media_collection_items_uq on media_collection_items (collection_id, media_id);
create index media_collection_items_order_idx on media_collection_items (organization_id, collection_id, position);
create index media_collection_items_media_idx on media_collection_items (organization_id, media_id);
select enable_tenant_rls('media_collection_items');
create trigger audit after insert or delete on media_collection_items for each row execute function audit_row_change('media_collection_item');
