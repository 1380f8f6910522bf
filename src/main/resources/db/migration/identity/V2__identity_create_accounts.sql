create table organizations (
    id             uuid primary key,
    name           text        not null check (length(name) between 1 and 120),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0
);

create table users (
    id                  uuid primary key,
    email               text        not null unique check (length(email) <= 254 and email = lower(email)),
    password_hash       text,
    first_name          text        not null check (length(first_name) <= 100),
    last_name           text        not null check (length(last_name) <= 100),
    email_verified_at   timestamptz,
    totp_secret         text,
    totp_enabled_at     timestamptz,
    failed_logins       integer     not null default 0,
    last_login_at       timestamptz,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0
);

create table memberships (
    id              uuid primary key,
    organization_id uuid        not null references organizations (id) on delete cascade,
    user_id         uuid        not null references users (id) on delete cascade,
    role            text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER', 'CLIENT')),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    unique (organization_id, user_id)
);
create index memberships_user_idx on memberships (user_id);

create table invitations (
    id              uuid primary key,
    organization_id uuid        not null references organizations (id) on delete cascade,
    email           text        not null check (email = lower(email)),
    role            text        not null check (role in ('ADMIN', 'MANAGER', 'MEMBER', 'CLIENT', 'OWNER')),
    token_hash      text        not null unique,
    invited_by      uuid        not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    revoked_at      timestamptz,
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create index invitations_org_idx on invitations (organization_id, created_at desc);

create table api_tokens (
    id              uuid primary key,
    organization_id uuid        not null references organizations (id) on delete cascade,
    user_id         uuid        not null references users (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 100),
    token_hash      text        not null unique,
    token_prefix    text        not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create index api_tokens_user_idx on api_tokens (organization_id, user_id);

-- One-time codes: email verification and the emailed second sign-in step.
create table one_time_codes (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    purpose     text        not null check (purpose in ('VERIFY_EMAIL', 'SIGN_IN')),
    code_hash   text        not null,
    attempts    integer     not null default 0,
    expires_at  timestamptz not null,
    consumed_at timestamptz,
    created_at  timestamptz not null default now()
);
create index one_time_codes_user_idx on one_time_codes (user_id, purpose, created_at desc);

create table password_reset_tokens (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    token_hash text        not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);

create table trusted_devices (
    id           uuid primary key,
    user_id      uuid        not null references users (id) on delete cascade,
    token_hash   text        not null unique,
    user_agent   text,
    created_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now()
);

-- A sign-in: one per browser login or API login, with its refresh-token family.
create table auth_sessions (
    id              uuid primary key,
    user_id         uuid        not null references users (id) on delete cascade,
    organization_id uuid,
    channel         text        not null check (channel in ('BROWSER', 'API')),
    user_agent      text,
    ip_address      text,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    last_seen_at    timestamptz not null default now(),
    revoked_at      timestamptz,
    revoked_reason  text
);
create index auth_sessions_user_idx on auth_sessions (user_id, created_at desc);

create table refresh_tokens (
    id         uuid primary key,
    session_id uuid        not null references auth_sessions (id) on delete cascade,
    token_hash text        not null unique,
    created_at timestamptz not null default now(),
    rotated_at timestamptz
);
create index refresh_tokens_session_idx on refresh_tokens (session_id);

-- Row-level security: the tenant tables show only the current organization's rows.
alter table organizations enable row level security;
alter table organizations force row level security;
create policy organizations_read on organizations for select
    using (id = app_org_id() or app_is_system()
           or exists (select 1 from memberships m where m.organization_id = organizations.id and m.user_id = app_user_id()));
create policy organizations_write on organizations for all
    using (id = app_org_id() or app_is_system())
    with check (id = app_org_id() or app_is_system());

alter table memberships enable row level security;
alter table memberships force row level security;
create policy memberships_tenant on memberships
    using (organization_id = app_org_id() or user_id = app_user_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

alter table invitations enable row level security;
alter table invitations force row level security;
create policy invitations_tenant on invitations
    using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

alter table api_tokens enable row level security;
alter table api_tokens force row level security;
create policy api_tokens_tenant on api_tokens
    using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
