-- Payments against invoices (BL1): recorded by hand (cash, bank transfer, card terminal…) or by Stripe Checkout's
-- webhook. The invoice's amounts are changed only through the invoice ledger, in the same transaction as the insert.
-- invoice_id and contact_id name rows by id only (the invoice domain is the partner part's; no foreign key).
create table payments (
    id                         uuid primary key default uuidv7(),
    organization_id            uuid        not null,
    invoice_id                 uuid        not null,
    contact_id                 uuid,
    method                     text        not null check (method in ('card', 'cash', 'bank_transfer', 'card_terminal', 'other')),
    amount_cents               bigint      not null check (amount_cents > 0),
    currency                   text        not null check (currency ~ '^[A-Z]{3}$'),
    refunded_cents             bigint      not null default 0 check (refunded_cents >= 0 and refunded_cents <= amount_cents),
    reference                  text        check (length(reference) <= 200),
    received_at                timestamptz not null,
    stripe_checkout_session_id text        check (length(stripe_checkout_session_id) <= 255),
    stripe_payment_intent_id   text        check (length(stripe_payment_intent_id) <= 255),
    recorded_by                uuid,
    -- Every payment has a receipt: RCT-<year>-<seq>, gapless per organization and year, given with the payment.
    receipt_number             text        not null check (length(receipt_number) between 1 and 60),
    receipt_emailed_at         timestamptz,
    -- Set when the contact's timeline got its entry, so a redelivered PaymentReceived adds none.
    timeline_logged            boolean     not null default false,
    created_at                 timestamptz not null default now()
);
create unique index payments_receipt_uq on payments (organization_id, receipt_number);
-- The payments list's pages (newest first) and per invoice.
create index payments_list_idx on payments (organization_id, received_at desc, id desc);
create index payments_invoice_idx on payments (organization_id, invoice_id, received_at desc);
-- One payment per Stripe checkout session and per payment intent, whatever Stripe sends twice.
create unique index payments_stripe_session_uq on payments (stripe_checkout_session_id) where stripe_checkout_session_id is not null;
create unique index payments_stripe_intent_uq on payments (stripe_payment_intent_id) where stripe_payment_intent_id is not null;

-- The last receipt number given per organization and year; the recording transaction holds the row's lock, so two
-- payments at once wait for each other and a rolled-back payment gives no number away.
create table receipt_counters (
    organization_id uuid   not null,
    year            int    not null check (year between 2000 and 9999),
    last_value      bigint not null check (last_value > 0),
    primary key (organization_id, year)
);

-- Stripe events already handled: the id is inserted (on conflict do nothing) in the transaction of its effect, so a
-- redelivered event changes nothing.
create table stripe_events (
    event_id        text primary key check (length(event_id) between 1 and 255),
    organization_id uuid        not null,
    type            text        not null check (length(type) <= 100),
    processed_at    timestamptz not null default now()
);

-- What Stripe says has been refunded of a payment intent, in total (charge.amount_refunded is cumulative). A refund
-- may arrive before the payment it refunds: it waits here and is applied when the payment is recorded.
create table stripe_refund_totals (
    payment_intent_id text primary key check (length(payment_intent_id) between 1 and 255),
    organization_id   uuid        not null,
    refunded_cents    bigint      not null check (refunded_cents >= 0),
    updated_at        timestamptz not null default now()
);

select enable_tenant_rls('payments');
select enable_tenant_rls('receipt_counters');
select enable_tenant_rls('stripe_events');
select enable_tenant_rls('stripe_refund_totals');
