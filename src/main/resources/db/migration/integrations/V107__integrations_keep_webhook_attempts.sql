-- Every attempt of a delivery, not only the last one kept on webhook_deliveries: what was sent, what came back and
-- when the next try was due, so a person can see how a receiver failed and recovered.
create table webhook_delivery_attempts (
    id              uuid primary key,
    organization_id uuid        not null,
    delivery_id     uuid        not null references webhook_deliveries (id) on delete cascade,
    attempt         int         not null,
    attempted_at    timestamptz not null,
    request_headers text        not null,
    response_status int,
    response_body   text        check (length(response_body) <= 2048),
    duration_ms     int         not null,
    error           text        check (length(error) <= 500),
    next_attempt_at timestamptz
);
create index webhook_delivery_attempts_idx on webhook_delivery_attempts (organization_id, delivery_id, attempt);
select enable_tenant_rls('webhook_delivery_attempts');
