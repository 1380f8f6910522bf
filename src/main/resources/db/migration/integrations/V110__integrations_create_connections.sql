-- Connections to other systems, their sync runs and what each run could not apply, and the link between a local
-- contact and its record at the provider (the values last synced, so a change that came from there is not echoed
-- back and a change on both sides can be told from a change on one).
create table integration_connections (
    id                   uuid primary key,
    organization_id      uuid        not null,
    provider             text        not null check (provider in ('HUBSPOT', 'SALESFORCE', 'GOOGLE_SHEETS', 'GOHIGHLEVEL')),
    status               text        not null check (status in ('CONNECTED', 'ERROR', 'PAUSED', 'DISCONNECTED')),
    direction            text        not null default 'IMPORT' check (direction in ('IMPORT', 'BOTH')),
    sync_deletions       boolean     not null default false,
    connected_by         uuid,
    connected_at         timestamptz not null default now(),
    account_id           text,
    account_name         text,
    -- Vault ids of the tokens; the tokens themselves live only in vault_secrets, encrypted.
    access_secret_id     uuid        not null,
    refresh_secret_id    uuid,
    token_expires_at     timestamptz,
    instance_url         text,
    settings             jsonb       not null default '{}',
    -- [{"local": "email", "remote": "email", "direction": "both"}, ...]
    mapping              jsonb       not null default '[]',
    imported             boolean     not null default false,
    -- The provider's modification time the next incremental run reads from.
    synced_until         timestamptz,
    -- Local changes after this time are pushed (both directions).
    pushed_until         timestamptz,
    last_sync_at         timestamptz,
    last_error           text,
    failed_runs          integer     not null default 0,
    disconnected_at      timestamptz,
    updated_at           timestamptz not null default now()
);
-- At most one live connection per organization and provider.
create unique index integration_connections_live_uq on integration_connections (organization_id, provider)
    where status <> 'DISCONNECTED';
create index integration_connections_account_idx on integration_connections (provider, account_id)
    where status <> 'DISCONNECTED';

create table integration_sync_runs (
    id              uuid primary key,
    organization_id uuid        not null,
    connection_id   uuid        not null references integration_connections (id) on delete cascade,
    mode            text        not null check (mode in ('IMPORT', 'INCREMENTAL')),
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    -- The checkpoint: the provider's cursor of the next page to read, saved with each applied page.
    cursor          text,
    -- Set with the last page's checkpoint: a run resumed after that only pushes (or finishes).
    read_done       boolean     not null default false,
    since           timestamptz,
    high_water      timestamptz,
    records_read    integer     not null default 0,
    created         integer     not null default 0,
    updated         integer     not null default 0,
    skipped         integer     not null default 0,
    failed          integer     not null default 0,
    pushed          integer     not null default 0,
    conflicts       integer     not null default 0,
    error           text,
    queued_at       timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);
-- One run per connection at a time, whichever node starts it.
create unique index integration_sync_runs_one_live_uq on integration_sync_runs (connection_id)
    where status in ('QUEUED', 'RUNNING');
create index integration_sync_runs_connection_idx on integration_sync_runs (organization_id, connection_id, queued_at desc, id desc);

create table integration_run_errors (
    id              uuid primary key,
    organization_id uuid        not null,
    run_id          uuid        not null references integration_sync_runs (id) on delete cascade,
    kind            text        not null check (kind in ('ERROR', 'CONFLICT')),
    external_id     text,
    contact_id      uuid,
    field           text,
    message         text        not null,
    occurred_at     timestamptz not null default now()
);
create index integration_run_errors_run_idx on integration_run_errors (organization_id, run_id, occurred_at, id);

create table integration_links (
    organization_id uuid        not null,
    connection_id   uuid        not null references integration_connections (id) on delete cascade,
    contact_id      uuid        not null,
    external_id     text        not null,
    -- The local values of the mapped fields as they were after the last sync either way.
    synced_values   jsonb       not null default '{}',
    remote_modified_at timestamptz,
    synced_at       timestamptz not null default now(),
    primary key (connection_id, contact_id),
    unique (connection_id, external_id)
);
create index integration_links_org_idx on integration_links (organization_id);

-- OAuth sign-ins under way: the state (hashed), who started it, and the PKCE verifier; ten minutes, used once.
create table integration_oauth_states (
    state_hash      text primary key,
    organization_id uuid        not null,
    provider        text        not null,
    user_id         uuid        not null,
    code_verifier   text        not null,
    redirect_uri    text        not null,
    expires_at      timestamptz not null
);
create index integration_oauth_states_org_idx on integration_oauth_states (organization_id);

select enable_tenant_rls('integration_connections');
select enable_tenant_rls('integration_sync_runs');
select enable_tenant_rls('integration_run_errors');
select enable_tenant_rls('integration_links');
select enable_tenant_rls('integration_oauth_states');
