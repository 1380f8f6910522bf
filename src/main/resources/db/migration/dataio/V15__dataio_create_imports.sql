-- Contact import jobs (seed 002 import_jobs) and the problems found in their rows.
create table imports (
    id               uuid primary key,
    organization_id  uuid        not null,
    created_by       uuid        not null,
    file_name        text        not null check (length(file_name) <= 255),
    file_size        bigint      not null,
    encoding         text        not null,
    delimiter        text        not null,
    headers          jsonb       not null,
    mapping          jsonb       not null,
    dedupe_policy    text        not null check (dedupe_policy in ('CREATE_ONLY', 'UPDATE_EXISTING', 'UPSERT')),
    list_id          uuid,
    tag_ids          uuid[]      not null default '{}',
    status           text        not null default 'pending'
                                 check (status in ('pending', 'processing', 'completed', 'failed', 'cancelled')),
    cancel_requested boolean     not null default false,
    total            bigint      not null default 0,
    processed        bigint      not null default 0,
    successful       bigint      not null default 0,
    failed           bigint      not null default 0,
    created          bigint      not null default 0,
    updated          bigint      not null default 0,
    skipped          bigint      not null default 0,
    progress         integer     not null default 0 check (progress between 0 and 100),
    failure_reason   text,
    attempts         integer     not null default 0,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    undone_at        timestamptz
);
create index imports_list_idx on imports (organization_id, created_at desc, id desc);

-- The first 10,000 problems of an import; the counts on imports stay exact past that.
create table import_errors (
    organization_id uuid   not null,
    import_id       uuid   not null references imports (id) on delete cascade,
    row_number      bigint not null,
    field           text   not null,
    message         text   not null
);
create index import_errors_import_idx on import_errors (import_id, row_number);

do $$
declare t text;
begin
    foreach t in array array['imports', 'import_errors']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_org_id() or app_is_system())'
                       ' with check (organization_id = app_org_id() or app_is_system())', t || '_tenant', t);
    end loop;
end
$$;
create trigger audit after insert or update or delete on imports for each row
    when (pg_trigger_depth() = 0 and coalesce(current_setting('app.import_progress', true), '') <> 'on')
    execute function audit_row_change('import');
