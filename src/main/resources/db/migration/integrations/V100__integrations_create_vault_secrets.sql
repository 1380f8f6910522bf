-- The credential vault: every secret an integration keeps (OAuth tokens, private-app keys, webhook signing
-- secrets) as AES-256-GCM ciphertext under the installation's vault key, named by key_id so that a new key can
-- reseal old rows. The owning rows (connections, webhook subscriptions) keep only the secret's id.
create table vault_secrets (
    id              uuid primary key,
    organization_id uuid        not null,
    purpose         text        not null check (length(purpose) between 1 and 100),
    key_id          text        not null,
    ciphertext      bytea       not null,
    -- What pages may show of a secret: that it is set, and its last four characters.
    last_four       text        not null check (length(last_four) <= 4),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index vault_secrets_org_idx on vault_secrets (organization_id);
-- The rekeying job looks for rows sealed under an older key.
create index vault_secrets_key_idx on vault_secrets (key_id);
select enable_tenant_rls('vault_secrets');
