-- Reviews (RV1) of the organization's business locations, read from a provider (Google Business Profile) and answered
-- here. The pair (provider, external_id) identifies a location or a review there, so reading it again updates the row.
create table review_locations (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    provider        text        not null check (provider ~ '^[a-z][a-z0-9_]{1,39}$'),
    -- The provider's name of the location, e.g. accounts/123/locations/456.
    external_id     text        not null check (length(external_id) between 1 and 300),
    name            text        not null check (length(name) between 1 and 300),
    created_at      timestamptz not null default now()
);
create unique index review_locations_external_uq on review_locations (organization_id, provider, external_id);

create table reviews (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    location_id     uuid        not null references review_locations (id) on delete cascade,
    provider        text        not null check (provider ~ '^[a-z][a-z0-9_]{1,39}$'),
    external_id     text        not null check (length(external_id) between 1 and 300),
    rating          smallint    not null check (rating between 1 and 5),
    text            text        check (length(text) <= 10000),
    reviewer_name   text        check (length(reviewer_name) <= 300),
    written_at      timestamptz not null,
    edited_at       timestamptz,
    -- The states of seed 001: pending → draft → approved → responded, and flagged (needs a person).
    state           text        not null default 'pending'
                    check (state in ('pending', 'draft', 'approved', 'responded', 'flagged')),
    reply_text      text        check (length(reply_text) <= 4096),
    -- The model's name, 'rules' (a template draft) or 'person': who wrote the reply text as it stands.
    reply_source    text        check (length(reply_source) <= 200),
    replied_at      timestamptz,
    approved_by     uuid,
    approved_at     timestamptz,
    flag_reason     text        check (length(flag_reason) <= 500),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index reviews_external_uq on reviews (organization_id, provider, external_id);
-- The inbox (newest first, keyset-paged) and the same per filter.
create index reviews_inbox_idx on reviews (organization_id, written_at desc, id desc);
create index reviews_state_idx on reviews (organization_id, state, written_at desc, id desc);
create index reviews_location_idx on reviews (organization_id, location_id, written_at desc, id desc);
-- The overdue job reads only the unanswered.
create index reviews_unanswered_idx on reviews (written_at) where state in ('pending', 'draft');

-- Every change of a review's state and who or what made it.
create table review_history (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    review_id       uuid        not null references reviews (id) on delete cascade,
    from_state      text,
    to_state        text        not null,
    actor           text        not null check (length(actor) <= 200),
    actor_user_id   uuid,
    note            text        check (length(note) <= 500),
    occurred_at     timestamptz not null default now()
);
create index review_history_review_idx on review_history (organization_id, review_id, occurred_at desc, id desc);

-- The organization's review rules; an organization without a row has the defaults.
create table review_settings (
    organization_id          uuid primary key,
    client_approval_required boolean     not null default false,
    low_rating_threshold     smallint    not null default 2 check (low_rating_threshold between 0 and 5),
    flag_after_hours         int         not null default 72 check (flag_after_hours between 1 and 8760),
    tone                     text        not null default 'warm' check (tone in ('warm', 'professional', 'casual')),
    signature                text        not null default 'The team' check (length(signature) between 1 and 200),
    updated_at               timestamptz not null default now()
);

select enable_tenant_rls('review_locations');
select enable_tenant_rls('reviews');
select enable_tenant_rls('review_history');
select enable_tenant_rls('review_settings');

create trigger audit after insert or delete or update of state, reply_text, rating, text, flag_reason
    on reviews for each row execute function audit_row_change('review');
create trigger audit after insert or update or delete on review_settings
    for each row execute function audit_row_change('review_settings');
