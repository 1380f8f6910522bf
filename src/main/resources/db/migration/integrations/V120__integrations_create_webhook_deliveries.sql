-- Inbound webhook deliveries seen lately, by the provider's own delivery id (HighLevel's webhookId), so a delivery
-- replayed within its five minutes of validity is refused. No organization_id and no row-level security: a delivery
-- is checked before anything tells which organization it is for, and a row holds nothing of an organization, only
-- a provider's random id and a time. Rows older than an hour are deleted as new ones arrive.
create table integration_webhook_deliveries (
    provider    text        not null check (length(provider) between 1 and 40),
    delivery_id text        not null check (length(delivery_id) between 1 and 200),
    received_at timestamptz not null default now(),
    primary key (provider, delivery_id)
);
create index integration_webhook_deliveries_received_idx on integration_webhook_deliveries (received_at);
