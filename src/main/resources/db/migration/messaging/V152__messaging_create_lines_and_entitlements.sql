-- Lines (seed 002): a sending identity of the organization, assigned to one member. A phone number belongs to one
-- line in the whole installation, because an inbound text names only the number it was sent to.
create table lines (
    id                            uuid primary key,
    organization_id               uuid        not null,
    assigned_user_id              uuid        not null,
    phone_number                  text        check (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    email_address                 text        check (length(email_address) <= 254 and email_address = lower(email_address)),
    display_name                  text        not null check (length(display_name) between 1 and 120),
    picture_file_id               uuid,
    status                        text        not null default 'PROVISIONING'
                                  check (status in ('PROVISIONING', 'ACTIVE', 'FAILED')),
    failure                       text        check (length(failure) <= 500),
    provisioning_submitted_at     timestamptz not null default now(),
    estimated_ready_at            timestamptz,
    activated_at                  timestamptz,
    billing_type                  text        not null check (billing_type in ('FREE', 'PAID')),
    provider                      text        not null default 'manual',
    provider_id                   text,
    daily_new_conversations_limit integer     not null default 20 check (daily_new_conversations_limit between 1 and 100000),
    daily_messages_limit          integer     not null default 150 check (daily_messages_limit between 1 and 1000000),
    created_by                    uuid,
    created_at                    timestamptz not null default now(),
    updated_at                    timestamptz not null default now(),
    check (phone_number is not null or email_address is not null)
);
create unique index lines_phone_number_uq on lines (phone_number) where phone_number is not null;
create index lines_org_created_idx on lines (organization_id, created_at, id);
create index lines_org_assigned_idx on lines (organization_id, assigned_user_id);

-- What an organization may have: free lines from its plan and paid lines it may buy. The counters move in the
-- transaction that adds or removes a line, under this row's lock, so they always equal the lines that exist.
create table line_entitlements (
    organization_id     uuid primary key,
    free_lines_included integer not null check (free_lines_included >= 0),
    free_lines_used     integer not null default 0 check (free_lines_used >= 0),
    paid_lines_allowed  integer not null check (paid_lines_allowed >= 0),
    lines_purchased     integer not null default 0 check (lines_purchased >= 0),
    check (free_lines_used <= free_lines_included),
    check (lines_purchased <= paid_lines_allowed)
);

-- Sends per line and day (the day in the organization's time zone). The check and the count are one upsert.
create table line_day_usage (
    line_id           uuid    not null references lines (id) on delete cascade,
    day               date    not null,
    organization_id   uuid    not null,
    new_conversations integer not null default 0,
    messages          integer not null default 0,
    primary key (line_id, day)
);
create index line_day_usage_org_idx on line_day_usage (organization_id, line_id, day);

-- A thread between a line and a contact (contacts module, by id only), by SMS or by email.
create table conversations (
    id              uuid primary key,
    organization_id uuid        not null,
    line_id         uuid        not null references lines (id) on delete cascade,
    contact_id      uuid        not null,
    channel         text        not null check (channel in ('SMS', 'EMAIL')),
    created_by      uuid,
    created_at      timestamptz not null default now(),
    last_message_at timestamptz not null default now(),
    unique (line_id, contact_id, channel)
);
create index conversations_org_recent_idx on conversations (organization_id, last_message_at desc, id desc);
create index conversations_org_contact_idx on conversations (organization_id, contact_id);

-- Outbound texts wait here (QUEUED) until an SMS provider takes them; with none configured they stay, readable.
create table conversation_messages (
    id               uuid primary key,
    organization_id  uuid        not null,
    conversation_id  uuid        not null references conversations (id) on delete cascade,
    direction        text        not null check (direction in ('OUTBOUND', 'INBOUND')),
    body             text        not null check (length(body) between 1 and 1600),
    status           text        not null check (status in ('QUEUED', 'SENT', 'FAILED', 'RECEIVED')),
    from_address     text        not null,
    to_address       text        not null,
    author_id        uuid,
    email_message_id uuid,
    provider_id      text,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    sent_at          timestamptz,
    created_at       timestamptz not null default now()
);
create index conversation_messages_thread_idx on conversation_messages (organization_id, conversation_id, created_at, id);
create index conversation_messages_due_idx on conversation_messages (next_attempt_at) where status = 'QUEUED';
-- A reply the provider delivers twice is stored once.
create unique index conversation_messages_inbound_uq on conversation_messages (provider_id)
    where provider_id is not null and direction = 'INBOUND';

-- An email written in a conversation leaves from the line's address.
alter table email_messages add column from_address text;

select enable_tenant_rls('lines');
select enable_tenant_rls('line_entitlements');
select enable_tenant_rls('line_day_usage');
select enable_tenant_rls('conversations');
select enable_tenant_rls('conversation_messages');

create trigger audit after insert or update or delete on lines for each row execute function audit_row_change('line');
