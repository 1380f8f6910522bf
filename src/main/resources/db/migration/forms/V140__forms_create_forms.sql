-- Lead-capture forms (FM1, FM2). A form keeps its draft definition; publishing copies the draft into an immutable
-- version, and the public endpoints only ever read the latest published version, so editing a draft never changes
-- the live form and every submission names the version it was checked against.
create table forms (
    id                 uuid primary key,
    organization_id    uuid        not null,
    name               text        not null check (length(name) between 1 and 200),
    definition         jsonb       not null,
    published_version  int,
    created_by         uuid,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    deleted_at         timestamptz
);
create index forms_org_idx on forms (organization_id, updated_at desc, id desc) where deleted_at is null;

create table form_versions (
    id               uuid primary key,
    organization_id  uuid        not null,
    form_id          uuid        not null references forms (id) on delete cascade,
    version          int         not null check (version > 0),
    definition       jsonb       not null,
    published_by     uuid,
    published_at     timestamptz not null default now(),
    unique (form_id, version)
);

-- A published version is frozen: submissions are checked against it, so changing it would rewrite history.
create function form_versions_frozen() returns trigger language plpgsql as
$$
begin
    raise exception 'form versions are immutable';
end
$$;
create trigger form_versions_frozen before update on form_versions for each row execute function form_versions_frozen();

-- The durable queue and the record of every submission. Accepting one is this single insert; the processor claims
-- queued rows (FOR UPDATE SKIP LOCKED with a lease) on any node. Spam is kept here as 'quarantined', never dropped.
create table form_submissions (
    id                   uuid primary key,
    organization_id      uuid        not null,
    form_id              uuid        not null references forms (id) on delete cascade,
    form_version         int         not null,
    status               text        not null check (status in ('queued', 'processed', 'quarantined', 'failed')),
    answers              jsonb       not null,
    context              jsonb       not null default '{}',
    idempotency_key      text        check (length(idempotency_key) <= 200),
    -- SHA-256 of the answers, so that a resend with the same key is told apart from a different submission.
    payload_hash         text        not null,
    -- A proof-of-work challenge is spent by the submission that carried it: a replay hits this unique index.
    pow_challenge        text,
    spam_reasons         text[]      not null default '{}',
    attempts             int         not null default 0,
    next_attempt_at      timestamptz,
    locked_until         timestamptz,
    last_error           text        check (length(last_error) <= 500),
    contact_id           uuid,
    deal_id              uuid,
    classification       text,
    classification_confidence real,
    classified_by        text,
    received_at          timestamptz not null default now(),
    processed_at         timestamptz,
    released_by          uuid,
    released_at          timestamptz
);
create unique index form_submissions_idempotency_uq on form_submissions (form_id, idempotency_key)
    where idempotency_key is not null;
create unique index form_submissions_pow_uq on form_submissions (pow_challenge) where pow_challenge is not null;
create index form_submissions_list_idx on form_submissions (organization_id, form_id, received_at desc, id desc);
create index form_submissions_due_idx on form_submissions (next_attempt_at) where status = 'queued';

-- Views and steps reached per form and day, counted by the hosted page; submissions are counted from their table.
create table form_daily_counts (
    organization_id  uuid   not null,
    form_id          uuid   not null references forms (id) on delete cascade,
    day              date   not null,
    views            bigint not null default 0,
    -- steps_reached[n] counts visitors who reached step n (1-based); steps_reached[1] are the starts.
    steps_reached    bigint[] not null default '{}',
    primary key (form_id, day)
);

select enable_tenant_rls('forms');
select enable_tenant_rls('form_versions');
select enable_tenant_rls('form_submissions');
select enable_tenant_rls('form_daily_counts');

create trigger audit after insert or delete or update of name, definition, published_version, deleted_at
    on forms for each row execute function audit_row_change('form');
