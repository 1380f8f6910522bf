-- Tracking: a message moves pending -> sent -> delivered -> opened -> clicked, or ends failed, bounced, complained
-- or suppressed (not sent because the address bounced or complained before). Counts and first times are kept.
alter table email_messages drop constraint email_messages_status_check;
alter table email_messages add constraint email_messages_status_check check (status in
    ('PENDING', 'SENT', 'DELIVERED', 'OPENED', 'CLICKED', 'FAILED', 'BOUNCED', 'COMPLAINED', 'SUPPRESSED'));
alter table email_messages
    add column body_text           text,
    add column contact_id          uuid,
    add column tracked             boolean not null default false,
    add column links               text[]  not null default '{}',
    add column transport           text,
    add column provider_message_id text,
    add column delivered_at        timestamptz,
    add column opened_at           timestamptz,
    add column clicked_at          timestamptz,
    add column open_count          integer not null default 0,
    add column click_count         integer not null default 0,
    add column status_changed_at   timestamptz;
create index email_messages_org_contact_idx on email_messages (organization_id, contact_id, created_at desc)
    where contact_id is not null;
create index email_messages_org_to_idx on email_messages (organization_id, lower(to_address), created_at desc);
create index email_messages_provider_idx on email_messages (provider_message_id) where provider_message_id is not null;

-- An address that hard-bounced or complained gets no more email from the organization (security mail excepted).
create table email_suppressions (
    id              uuid primary key,
    organization_id uuid        not null,
    address         citext      not null,
    reason          text        not null check (reason in ('BOUNCED', 'COMPLAINED', 'MANUAL')),
    detail          text,
    message_id      uuid,
    created_at      timestamptz not null default now(),
    unique (organization_id, address)
);

select enable_tenant_rls('email_suppressions');

create trigger audit after insert or update or delete on email_suppressions for each row
    execute function audit_row_change('email_suppression');

-- Mailgun webhook tokens seen in the last minutes: a replayed delivery is refused. Installation-wide (a webhook
-- names no organization until its message is found), written and read by the system scope only.
create table mailgun_webhook_tokens (
    token       text primary key,
    received_at timestamptz not null default now()
);
alter table mailgun_webhook_tokens enable row level security;
alter table mailgun_webhook_tokens force row level security;
create policy mailgun_webhook_tokens_system on mailgun_webhook_tokens using (app_is_system()) with check (app_is_system());
