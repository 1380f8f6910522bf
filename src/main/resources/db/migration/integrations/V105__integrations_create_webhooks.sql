-- Outgoing webhooks (IN10): an organization's subscriptions and the durable queue of their deliveries. The signing
-- secret lives in vault_secrets; a subscription keeps only its id.
create table webhook_subscriptions (
    id                   uuid primary key,
    organization_id      uuid        not null,
    url                  text        not null check (length(url) between 8 and 2000),
    description          text        check (length(description) <= 500),
    -- Empty means every event of the catalogue, also those added later.
    event_types          text[]      not null default '{}',
    enabled              boolean     not null default true,
    -- Why the application disabled it (failures), shown until a person enables it again.
    disabled_reason      text        check (length(disabled_reason) <= 500),
    secret_id            uuid        not null,
    consecutive_failures int         not null default 0,
    failing_since        timestamptz,
    created_by           uuid,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index webhook_subscriptions_org_idx on webhook_subscriptions (organization_id, created_at desc, id desc);

-- One row per subscription and event (or replay, or test), its payload frozen when it was queued so that every
-- attempt signs and sends the same bytes. The last attempt's request and response are kept on the row.
create table webhook_deliveries (
    id               uuid primary key,
    organization_id  uuid        not null,
    subscription_id  uuid        not null references webhook_subscriptions (id) on delete cascade,
    -- The webhook-id header: the same for every attempt and for a replay, so a receiver can drop duplicates.
    message_id       text        not null,
    -- What the listener reacted to, so that an event delivered twice to the listener is queued once.
    event_key        text        not null,
    event_type       text        not null,
    payload          text        not null,
    occurred_at      timestamptz not null,
    status           text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz,
    -- A node that claimed the row sends it until then; after that another may (the node died).
    locked_until     timestamptz,
    replay_of        uuid,
    request_headers  text,
    response_status  int,
    response_body    text        check (length(response_body) <= 2048),
    duration_ms      int,
    error            text        check (length(error) <= 500),
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null default now()
);
create unique index webhook_deliveries_event_uq on webhook_deliveries (subscription_id, event_key);
create index webhook_deliveries_log_idx on webhook_deliveries (organization_id, subscription_id, created_at desc, id desc);
-- The dispatcher's claim: due rows across organizations.
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'PENDING';

select enable_tenant_rls('webhook_subscriptions');
select enable_tenant_rls('webhook_deliveries');
