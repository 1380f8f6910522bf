-- Every email GrowthHub sends goes through this outbox, written in the transaction that caused it.
create table email_messages (
    id                uuid primary key,
    organization_id   uuid,
    recipient_user_id uuid,
    to_address        text        not null,
    subject           text        not null,
    template          text        not null,
    body_html         text        not null,
    masked_body_html  text        not null,
    contains_secret   boolean     not null default false,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts          integer     not null default 0,
    next_attempt_at   timestamptz not null default now(),
    last_error        text,
    sent_at           timestamptz,
    created_at        timestamptz not null default now()
);
create index email_messages_pending_idx on email_messages (next_attempt_at) where status = 'PENDING';
create index email_messages_org_idx on email_messages (organization_id, created_at desc);
create index email_messages_recipient_idx on email_messages (recipient_user_id, created_at desc);

alter table email_messages enable row level security;
alter table email_messages force row level security;
create policy email_messages_read on email_messages for select
    using (organization_id = app_org_id() or recipient_user_id = app_user_id() or app_is_system());
create policy email_messages_write on email_messages for insert with check (true);
create policy email_messages_change on email_messages for update using (app_is_system());
