-- In-app notifications and each person's choice, per type, of in-app and email delivery.
create table notifications (
    id                uuid primary key,
    organization_id   uuid        not null,
    recipient_user_id uuid        not null,
    type              text        not null check (type ~ '^[a-z_]{1,40}$'),
    title             text        not null check (length(title) between 1 and 200),
    body              text        not null default '' check (length(body) <= 2000),
    link              text        check (length(link) <= 500),
    created_at        timestamptz not null default now(),
    read_at           timestamptz
);
-- The bell's list (newest first, keyset) and its unread count.
create index notifications_recipient_idx on notifications (organization_id, recipient_user_id, created_at desc, id desc);
create index notifications_unread_idx on notifications (organization_id, recipient_user_id) where read_at is null;

create table notification_preferences (
    organization_id uuid    not null,
    user_id         uuid    not null,
    type            text    not null check (type ~ '^[a-z_]{1,40}$'),
    in_app          boolean not null,
    email           boolean not null,
    primary key (organization_id, user_id, type)
);

do $$
declare t text;
begin
    foreach t in array array['notifications', 'notification_preferences']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_org_id() or app_is_system())'
                       ' with check (organization_id = app_org_id() or app_is_system())', t || '_tenant', t);
    end loop;
end
$$;
