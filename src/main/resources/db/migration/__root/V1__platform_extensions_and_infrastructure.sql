-- Extensions (trusted: a database owner may create them)
create extension if not exists citext;
create extension if not exists pg_trgm;
create extension if not exists pgcrypto;

-- The tenant scope of the current transaction, set by TenantAwareTransactionManager.
create function app_org_id() returns uuid language sql stable parallel safe as
$$ select nullif(current_setting('app.org_id', true), '')::uuid $$;

create function app_user_id() returns uuid language sql stable parallel safe as
$$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

create function app_is_system() returns boolean language sql stable parallel safe as
$$ select coalesce(current_setting('app.system', true), '') = 'on' $$;

-- Installation secrets when none are configured (shared by every node on this database).
create table platform_secrets (
    name       text primary key,
    value      text        not null,
    created_at timestamptz not null default now()
);

-- Fixed-window counters for throttling, shared by every node.
create table rate_limits (
    key               text primary key,
    window_started_at timestamptz not null,
    hits              integer     not null
);
create index rate_limits_window_idx on rate_limits (window_started_at);

-- Spring Modulith event publication registry (schema v2).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- db-scheduler's queue.
create table scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Spring Session JDBC: browser sessions survive restarts and are shared by every node.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
