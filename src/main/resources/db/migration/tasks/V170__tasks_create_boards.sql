-- Task boards (seed 001 §5): workspaces → boards → groups → items → subitems, with comments, checklists and
-- attachments. Statuses follow the seed's flow: BACKLOG → IN_PROGRESS → REVIEW → DONE (and REVIEW → IN_PROGRESS).

create table task_workspaces (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 80),
    created_by      uuid,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index task_workspaces_org_idx on task_workspaces (organization_id, created_at desc, id desc);

create table task_boards (
    id              uuid primary key,
    organization_id uuid        not null,
    workspace_id    uuid        not null references task_workspaces (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 80),
    created_by      uuid,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index task_boards_org_idx on task_boards (organization_id, created_at desc, id desc);
create index task_boards_workspace_idx on task_boards (organization_id, workspace_id);

create table task_groups (
    id              uuid primary key,
    organization_id uuid        not null,
    board_id        uuid        not null references task_boards (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 80),
    position        integer     not null check (position >= 0),
    created_at      timestamptz not null default now()
);
create index task_groups_board_idx on task_groups (organization_id, board_id, position);

create table task_items (
    id                uuid primary key,
    organization_id   uuid        not null,
    board_id          uuid        not null references task_boards (id) on delete cascade,
    group_id          uuid        not null references task_groups (id) on delete cascade,
    -- A subitem names its item; subitems have no subitems of their own.
    parent_id         uuid        references task_items (id) on delete cascade,
    name              text        not null check (length(name) between 1 and 200),
    status            text        not null default 'BACKLOG' check (status in ('BACKLOG', 'IN_PROGRESS', 'REVIEW', 'DONE')),
    -- Fractional: a move writes one row (the midpoint of its new neighbours), never renumbers a column.
    position          double precision not null,
    assignee_ids      uuid[]      not null default '{}',
    due_date          date,
    priority          text        check (priority in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    rush              boolean     not null default false,
    -- A client account of the agency (identity): referenced by id only, no foreign key across modules.
    client_account_id uuid,
    description       text        check (length(description) <= 10000),
    done_at           timestamptz,
    archived_at       timestamptz,
    created_by        uuid,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0
);
-- The board: each status column's first cards in position order come from one range of this index.
create index task_items_board_idx on task_items (organization_id, board_id, status, position, id)
    where parent_id is null and archived_at is null;
create index task_items_list_idx on task_items (organization_id, board_id, created_at desc, id desc) where parent_id is null;
create index task_items_parent_idx on task_items (organization_id, parent_id, position) where parent_id is not null;
-- The retention job: done items waiting to be archived, archived ones waiting to be purged.
create index task_items_done_idx on task_items (done_at) where status = 'DONE' and archived_at is null;
create index task_items_archived_idx on task_items (archived_at) where archived_at is not null;

create table task_comments (
    id              uuid primary key,
    organization_id uuid        not null,
    item_id         uuid        not null references task_items (id) on delete cascade,
    author_id       uuid,
    body            text        not null check (length(body) between 1 and 5000),
    mentioned_ids   uuid[]      not null default '{}',
    created_at      timestamptz not null default now()
);
create index task_comments_item_idx on task_comments (organization_id, item_id, created_at, id);

create table task_checklist_entries (
    id              uuid primary key,
    organization_id uuid        not null,
    item_id         uuid        not null references task_items (id) on delete cascade,
    text            text        not null check (length(text) between 1 and 300),
    done            boolean     not null default false,
    position        integer     not null,
    created_at      timestamptz not null default now()
);
create index task_checklist_item_idx on task_checklist_entries (organization_id, item_id, position);

create table task_attachments (
    id              uuid primary key,
    organization_id uuid        not null,
    item_id         uuid        not null references task_items (id) on delete cascade,
    file_id         uuid        not null,
    name            text        not null,
    content_type    text        not null,
    size_bytes      bigint      not null,
    created_by      uuid,
    created_at      timestamptz not null default now()
);
create index task_attachments_item_idx on task_attachments (organization_id, item_id, created_at);

alter table task_workspaces enable row level security;
alter table task_workspaces force row level security;
create policy task_workspaces_tenant on task_workspaces using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table task_boards enable row level security;
alter table task_boards force row level security;
create policy task_boards_tenant on task_boards using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table task_groups enable row level security;
alter table task_groups force row level security;
create policy task_groups_tenant on task_groups using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table task_items enable row level security;
alter table task_items force row level security;
create policy task_items_tenant on task_items using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table task_comments enable row level security;
alter table task_comments force row level security;
create policy task_comments_tenant on task_comments using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table task_checklist_entries enable row level security;
alter table task_checklist_entries force row level security;
create policy task_checklist_entries_tenant on task_checklist_entries using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());
alter table task_attachments enable row level security;
alter table task_attachments force row level security;
create policy task_attachments_tenant on task_attachments using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

create trigger audit after insert or update or delete on task_workspaces for each row execute function audit_row_change('task_workspace');
create trigger audit after insert or update or delete on task_boards for each row execute function audit_row_change('task_board');
create trigger audit after insert or update or delete on task_groups for each row execute function audit_row_change('task_group');
create trigger audit after insert or update or delete on task_items for each row execute function audit_row_change('task_item');
create trigger audit after insert or update or delete on task_comments for each row execute function audit_row_change('task_comment');
create trigger audit after insert or update or delete on task_attachments for each row execute function audit_row_change('task_attachment');
