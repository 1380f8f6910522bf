-- Contacts and leads: one record per person (seed 000 contacts, seed 002 leads, seed 004 Lead).

create table contact_settings (
    organization_id     uuid primary key,
    privacy_mode        boolean     not null default false,
    member_visibility   text        not null default 'ALL' check (member_visibility in ('ALL', 'OWN')),
    default_region      text        not null default 'US' check (default_region ~ '^[A-Z]{2}$'),
    scoring             jsonb       not null default '{}',
    trash_retention_days integer    not null default 30 check (trash_retention_days between 1 and 3650),
    updated_at          timestamptz not null default now()
);

create table custom_field_definitions (
    id              uuid primary key,
    organization_id uuid        not null,
    key             text        not null check (key ~ '^[a-z][a-z0-9_]{0,49}$'),
    label           text        not null check (length(label) between 1 and 100),
    type            text        not null check (type in ('STRING', 'NUMBER', 'BOOLEAN', 'DATE', 'SELECT')),
    options         jsonb       not null default '[]',
    required        boolean     not null default false,
    position        integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    unique (organization_id, key)
);

create table contacts (
    id                  uuid primary key,
    organization_id     uuid        not null,
    type                text        not null default 'CONTACT' check (type in ('TARGET', 'CONTACT', 'PLUG', 'LEAD', 'CLIENT')),
    status              text        check (status ~ '^[a-z][a-z0-9_]{0,39}$'),
    first_name          text        not null check (length(first_name) between 1 and 100),
    last_name           text        check (length(last_name) <= 100),
    email               text        check (length(email) <= 254 and email = lower(email)),
    phone               text        check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    company             text        check (length(company) <= 200),
    job_title           text        check (length(job_title) <= 200),
    linkedin_url        text        check (length(linkedin_url) <= 500),
    industry            text        check (length(industry) <= 100),
    business_type       text        check (length(business_type) <= 100),
    network_type        text        check (length(network_type) <= 100),
    priority            text        check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    source              text        not null default 'MANUAL' check (source in ('CSV', 'GOOGLE_SHEETS', 'SALESFORCE', 'HUBSPOT', 'GHL', 'CTM', 'FORM', 'MASTERCLASS', 'EVENT', 'MANUAL')),
    campaign            text        check (length(campaign) <= 200),
    ad_platform         text        check (length(ad_platform) <= 100),
    owner_id            uuid,
    lead_score          integer     not null default 0,
    notes               text        check (length(notes) <= 10000),
    custom_fields       jsonb       not null default '{}',
    interaction_count   integer     not null default 0,
    last_interaction_at timestamptz,
    created_by          uuid,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    deleted_at          timestamptz,
    version             bigint      not null default 0,
    -- One combined lower-case text for search: one trigram index instead of one per column keeps
    -- writes (and imports) cheap; the full-text index is an expression over the same column.
    search_text         text generated always as (lower(
        coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' ||
        coalesce(company, '') || ' ' || coalesce(job_title, ''))) stored
);

-- Keyset paging per sort order, live rows only.
create index contacts_updated_idx on contacts (organization_id, updated_at desc, id desc) where deleted_at is null;
create index contacts_created_idx on contacts (organization_id, created_at desc, id desc) where deleted_at is null;
create index contacts_name_idx on contacts (organization_id, lower(first_name || ' ' || coalesce(last_name, '')), id) where deleted_at is null;
create index contacts_score_idx on contacts (organization_id, lead_score desc, id desc) where deleted_at is null;
create index contacts_interaction_idx on contacts (organization_id, (coalesce(last_interaction_at, '-infinity'::timestamptz)) desc, id desc) where deleted_at is null;
create index contacts_type_status_idx on contacts (organization_id, type, status) where deleted_at is null;
create index contacts_owner_idx on contacts (organization_id, owner_id, updated_at desc, id desc) where deleted_at is null;
create index contacts_trash_idx on contacts (organization_id, deleted_at) where deleted_at is not null;
create unique index contacts_email_uq on contacts (organization_id, email) where email is not null and deleted_at is null;
create index contacts_phone_idx on contacts (organization_id, phone) where phone is not null and deleted_at is null;
create index contacts_search_trgm_idx on contacts using gin (search_text gin_trgm_ops);
create index contacts_search_fts_idx on contacts using gin (to_tsvector('simple', search_text));
create index contacts_custom_fields_idx on contacts using gin (custom_fields jsonb_path_ops);

create table tags (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 60),
    color           text        not null default '#6366f1' check (color ~ '^#[0-9a-fA-F]{6}$'),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index tags_name_uq on tags (organization_id, lower(name));

create table contact_tags (
    organization_id uuid        not null,
    contact_id      uuid        not null references contacts (id) on delete cascade,
    tag_id          uuid        not null references tags (id) on delete cascade,
    created_at      timestamptz not null default now(),
    primary key (contact_id, tag_id)
);
create index contact_tags_tag_idx on contact_tags (organization_id, tag_id, contact_id);

create table contact_lists (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 120),
    description     text        check (length(description) <= 1000),
    member_count    integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index contact_lists_name_uq on contact_lists (organization_id, lower(name));

create table list_members (
    organization_id uuid        not null,
    list_id         uuid        not null references contact_lists (id) on delete cascade,
    contact_id      uuid        not null references contacts (id) on delete cascade,
    added_at        timestamptz not null default now(),
    primary key (list_id, contact_id)
);
create index list_members_contact_idx on list_members (contact_id);

create table interactions (
    id              uuid primary key,
    organization_id uuid        not null,
    contact_id      uuid        not null references contacts (id) on delete cascade,
    type            text        not null check (type ~ '^[a-z][a-z_]{1,39}$'),
    text            text        check (length(text) <= 20000),
    occurred_at     timestamptz not null,
    author_id       uuid,
    payload         jsonb       not null default '{}',
    created_at      timestamptz not null default now()
);
create index interactions_contact_idx on interactions (organization_id, contact_id, occurred_at desc, id desc);

create table contact_external_ids (
    organization_id uuid        not null,
    contact_id      uuid        not null references contacts (id) on delete cascade,
    platform        text        not null check (platform in ('HUBSPOT', 'SALESFORCE', 'GOOGLE_SHEETS', 'GHL', 'CTM')),
    external_id     text        not null check (length(external_id) between 1 and 200),
    created_at      timestamptz not null default now(),
    primary key (contact_id, platform),
    unique (organization_id, platform, external_id)
);

create table saved_views (
    id              uuid primary key,
    organization_id uuid        not null,
    user_id         uuid        not null,
    name            text        not null check (length(name) between 1 and 100),
    query           jsonb       not null default '{}',
    created_at      timestamptz not null default now(),
    unique (organization_id, user_id, name)
);

create table contact_merges (
    id              uuid primary key,
    organization_id uuid        not null,
    primary_id      uuid        not null,
    duplicate_id    uuid        not null,
    snapshot        jsonb       not null,
    merged_by       uuid,
    merged_at       timestamptz not null default now(),
    undone_at       timestamptz
);
create index contact_merges_org_idx on contact_merges (organization_id, merged_at desc);

-- Exact counts per type and status, kept by statement-level triggers so the dashboard never counts a
-- million rows (and bulk imports pay one update per statement, not per row).
create table contact_counts (
    organization_id uuid    not null,
    type            text    not null,
    status          text    not null default '',
    live            bigint  not null default 0,
    primary key (organization_id, type, status)
);

-- When an organization's contacts last changed: caches (the dashboard) compare against it, on any node.
create table contact_changes (
    organization_id uuid        primary key,
    changed_at      timestamptz not null
);

create function contact_counts_apply() returns trigger language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_counts as c (organization_id, type, status, live)
        select organization_id, type, coalesce(status, ''), -count(*) from old_rows where deleted_at is null
        group by 1, 2, 3
        on conflict (organization_id, type, status) do update set live = c.live + excluded.live;
        insert into contact_changes as c (organization_id, changed_at)
        select organization_id, clock_timestamp() from old_rows group by organization_id
        on conflict (organization_id) do update set changed_at = excluded.changed_at;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into contact_counts as c (organization_id, type, status, live)
        select organization_id, type, coalesce(status, ''), count(*) from new_rows where deleted_at is null
        group by 1, 2, 3
        on conflict (organization_id, type, status) do update set live = c.live + excluded.live;
        insert into contact_changes as c (organization_id, changed_at)
        select organization_id, clock_timestamp() from new_rows group by organization_id
        on conflict (organization_id) do update set changed_at = excluded.changed_at;
    end if;
    return null;
end
$$;
create trigger contact_counts_insert after insert on contacts referencing new table as new_rows
    for each statement execute function contact_counts_apply();
create trigger contact_counts_update after update on contacts referencing old table as old_rows new table as new_rows
    for each statement execute function contact_counts_apply();
create trigger contact_counts_delete after delete on contacts referencing old table as old_rows
    for each statement execute function contact_counts_apply();

-- Exact list sizes, kept in the same transaction as the membership change.
create function list_member_count_apply() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        update contact_lists l set member_count = l.member_count + n.added
        from (select list_id, count(*) as added from new_rows group by list_id) n where l.id = n.list_id;
    else
        update contact_lists l set member_count = l.member_count - o.removed
        from (select list_id, count(*) as removed from old_rows group by list_id) o where l.id = o.list_id;
    end if;
    return null;
end
$$;
create trigger list_members_insert after insert on list_members referencing new table as new_rows
    for each statement execute function list_member_count_apply();
create trigger list_members_delete after delete on list_members referencing old table as old_rows
    for each statement execute function list_member_count_apply();

-- Row-level security on every tenant table.
do $$
declare t text;
begin
    foreach t in array array['contact_settings', 'custom_field_definitions', 'contacts', 'tags', 'contact_tags',
                             'contact_lists', 'list_members', 'interactions', 'contact_external_ids', 'saved_views',
                             'contact_merges', 'contact_counts', 'contact_changes']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_org_id() or app_is_system())'
                       ' with check (organization_id = app_org_id() or app_is_system())', t || '_tenant', t);
    end loop;
end
$$;

-- The audit trail (interactions are themselves a history and are not audited row by row).
create trigger audit after insert or update or delete on contacts for each row execute function audit_row_change('contact');
create trigger audit after insert or update or delete on custom_field_definitions for each row execute function audit_row_change('custom_field');
create trigger audit after insert or update or delete on tags for each row execute function audit_row_change('tag');
create trigger audit after insert or update or delete on contact_lists for each row execute function audit_row_change('list');
create trigger audit after insert or update or delete on contact_settings for each row execute function audit_row_change('contact_settings');
