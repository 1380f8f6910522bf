-- Client onboarding (OB1). The agency owns these rows (organization_id is the agency): it follows each client's
-- progress and keeps what the client hands over. client_account_id names the client's own organization (identity's
-- client account) by id only; client_user_id its first user, who fills in the wizard.
create table onboarding_profiles (
    id                      uuid primary key,
    organization_id         uuid        not null,
    client_account_id       uuid        not null unique,
    client_user_id          uuid        not null,
    account_name            text        not null check (length(account_name) between 1 and 120),
    client_type             text        not null check (client_type ~ '^[a-z][a-z0-9_]{0,39}$'),
    contact_name            text        not null check (length(contact_name) between 1 and 200),
    contact_email           text        not null check (length(contact_email) between 3 and 320),
    -- The services the agency offers this client; the client picks among them in the services step.
    offered_services        text[]      not null default '{}',
    -- The steps of this client's type, in wizard order, and those of them that must be done to complete;
    -- copied when the client is created so that a later change of configuration does not move a wizard under way.
    steps                   text[]      not null,
    required_steps          text[]      not null,
    -- step key -> the answers of that step, without secrets (those are in the vault, see onboarding_credentials).
    answers                 jsonb       not null default '{}' check (jsonb_typeof(answers) = 'object'),
    completed_steps         text[]      not null default '{}',
    activated_at            timestamptz,
    onboarding_completed_at timestamptz,
    created_by              uuid,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint      not null default 0
);
create index onboarding_profiles_list_idx on onboarding_profiles (organization_id, created_at desc, id desc);

-- Invitation links. Only the SHA-256 of a token is kept. A token is active until step 1 consumes it, a newer one or the
-- completion revokes it, or expires_at passes (expired is read from the time, not stored).
create table onboarding_tokens (
    id              uuid primary key,
    organization_id uuid        not null,
    profile_id      uuid        not null references onboarding_profiles (id) on delete cascade,
    token_hash      text        not null unique,
    status          text        not null default 'active' check (status in ('active', 'consumed', 'revoked')),
    expires_at      timestamptz not null,
    reminded_at     timestamptz,
    consumed_at     timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz not null default now()
);
create index onboarding_tokens_profile_idx on onboarding_tokens (organization_id, profile_id, created_at desc);
-- The reminder job's scan: active links not yet reminded, by expiry.
create index onboarding_tokens_reminder_idx on onboarding_tokens (expires_at) where status = 'active' and reminded_at is null;

-- Credentials given in the wizard: the secret itself is sealed in the integrations vault; this row names it.
create table onboarding_credentials (
    id              uuid primary key,
    organization_id uuid        not null,
    profile_id      uuid        not null references onboarding_profiles (id) on delete cascade,
    step            text        not null,
    field           text        not null,
    secret_id       uuid        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (profile_id, step, field)
);
create index onboarding_credentials_profile_idx on onboarding_credentials (organization_id, profile_id);

-- Every reveal of a credential, by whom: its insert is written to the audit trail too.
create table onboarding_credential_reveals (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    credential_id   uuid        not null references onboarding_credentials (id) on delete cascade,
    revealed_by     uuid        not null,
    revealed_at     timestamptz not null default now()
);
create index onboarding_credential_reveals_idx on onboarding_credential_reveals (organization_id, credential_id, revealed_at desc);

select enable_tenant_rls('onboarding_profiles');
select enable_tenant_rls('onboarding_tokens');
select enable_tenant_rls('onboarding_credentials');
select enable_tenant_rls('onboarding_credential_reveals');

create trigger audit after insert or delete or update of activated_at, onboarding_completed_at, completed_steps
    on onboarding_profiles for each row execute function audit_row_change('onboarding_profile');
create trigger audit after insert on onboarding_credential_reveals
    for each row execute function audit_row_change('onboarding_credential_reveal');
