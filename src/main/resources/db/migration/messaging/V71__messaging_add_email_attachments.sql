-- Files sent with an email (a calendar invitation, say), written with the message in the same transaction.
create table email_attachments (
    id              uuid primary key,
    message_id      uuid    not null references email_messages (id) on delete cascade,
    organization_id uuid,
    position        integer not null,
    filename        text    not null,
    content_type    text    not null,
    content         bytea   not null
);
create index email_attachments_message_idx on email_attachments (message_id, position);

-- The same rule as their message: readable in its organization and by the system (the delivery job).
alter table email_attachments enable row level security;
alter table email_attachments force row level security;
create policy email_attachments_read on email_attachments for select
    using (organization_id = app_org_id() or app_is_system());
create policy email_attachments_write on email_attachments for insert with check (true);
