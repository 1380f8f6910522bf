-- Tracked calls (CA1, CA2, IN6). A provider (CallTrackingMetrics) reports them; the pair (provider, external_id)
-- identifies a call there, so reporting it again updates this row. contact_id names a contact of the contacts
-- module by id only: no foreign key crosses modules.
create table calls (
    id                     uuid primary key,
    organization_id        uuid        not null,
    provider               text        not null check (provider ~ '^[a-z][a-z0-9_]{1,39}$'),
    external_id            text        not null check (length(external_id) between 1 and 200),
    tracking_number        text        check (length(tracking_number) <= 40),
    caller_number          text        check (caller_number ~ '^\+[1-9][0-9]{1,14}$'),
    caller_name            text        check (length(caller_name) <= 200),
    direction              text        not null check (direction in ('inbound', 'outbound')),
    source                 text        check (length(source) <= 200),
    campaign               text        check (length(campaign) <= 200),
    started_at             timestamptz not null,
    duration_seconds       int         not null check (duration_seconds >= 0),
    status                 text        not null check (status in ('answered', 'missed', 'voicemail')),
    recording_url          text        check (length(recording_url) <= 2000),
    transcript             jsonb       not null default '[]' check (jsonb_typeof(transcript) = 'array'),
    category               text        not null default 'unreviewed'
                           check (category in ('converted', 'very_good', 'warm', 'needs_attention', 'voicemail',
                                               'unanswered', 'not_a_fit', 'spam', 'neutral', 'applicant', 'unreviewed')),
    rating                 smallint    check (rating between 1 and 5),
    summary                text        check (length(summary) <= 1000),
    confidence             real        check (confidence between 0 and 1),
    -- The model's name or 'rules': the source of the AI output that set the category, with its time and confidence.
    classified_by          text        check (length(classified_by) <= 200),
    classified_at          timestamptz,
    -- A person (here or at the provider) chose the category or stars: a new transcript no longer re-classifies it.
    category_set_by_person boolean     not null default false,
    -- false while the call waits in the review queue (classified below the confidence threshold, or not yet).
    reviewed               boolean     not null default false,
    contact_id             uuid,
    -- The rating the provider last held as far as we know (reported by it, or pushed to it): a report that differs
    -- from it is a change made at the provider; one that equals it is nothing new, so nothing echoes back.
    provider_rating        smallint    check (provider_rating between 1 and 5),
    -- A rating changed here that the provider has not confirmed yet (CallRated published, ratingPushed not called).
    rating_push_pending    boolean     not null default false,
    rating_pushed_at       timestamptz,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    search_text            tsvector    generated always as (to_tsvector('english', coalesce(summary, '') || ' '
                               || jsonb_path_query_array(transcript, '$[*].text')::text)) stored
);
create unique index calls_external_uq on calls (organization_id, provider, external_id);
-- The inbox's first page and its keyset pages, at a million calls, and the same per filter.
create index calls_inbox_idx on calls (organization_id, started_at desc, id desc);
create index calls_category_idx on calls (organization_id, category, started_at desc, id desc);
create index calls_rating_idx on calls (organization_id, rating, started_at desc, id desc);
create index calls_review_idx on calls (organization_id, started_at desc, id desc) where not reviewed;
create index calls_source_idx on calls (organization_id, source, started_at desc, id desc) where source is not null;
create index calls_contact_idx on calls (organization_id, contact_id, started_at desc, id desc) where contact_id is not null;
create index calls_search_idx on calls using gin (search_text);
create index calls_push_idx on calls (organization_id) where rating_push_pending;

-- Every change of a call's category, rating or review, and who or what made it: a person here, the provider (a
-- person there) or the classifier (with its source).
create table call_history (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    call_id         uuid        not null references calls (id) on delete cascade,
    field           text        not null check (field in ('category', 'rating', 'reviewed')),
    old_value       text,
    new_value       text,
    changed_by      text        not null check (changed_by in ('person', 'provider', 'classifier')),
    actor_user_id   uuid,
    -- The provider key, or the classifier's source (the model's name or 'rules').
    detail          text        check (length(detail) <= 200),
    occurred_at     timestamptz not null default now()
);
create index call_history_call_idx on call_history (organization_id, call_id, occurred_at desc, id desc);

select enable_tenant_rls('calls');
select enable_tenant_rls('call_history');

create trigger audit after insert or delete or update of category, rating, reviewed, summary, confidence, classified_by,
    category_set_by_person, contact_id, status, duration_seconds, recording_url, transcript
    on calls for each row execute function audit_row_change('call');
