-- The audit trail: one row per created, changed or deleted row of an audited table, written by a
-- trigger so that jobs, imports and integrations are recorded exactly like people.
create table audit_events (
    id              uuid        primary key default uuidv7(),
    organization_id uuid,
    actor           text        not null,
    actor_user_id   uuid,
    entity_type     text        not null,
    entity_id       uuid,
    action          text        not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    changes         jsonb       not null,
    occurred_at     timestamptz not null default now()
);
create index audit_events_org_time_idx on audit_events (organization_id, occurred_at desc, id desc);
create index audit_events_entity_idx on audit_events (organization_id, entity_type, entity_id);

alter table audit_events enable row level security;
alter table audit_events force row level security;
create policy audit_events_read on audit_events for select
    using (organization_id = app_org_id() or app_is_system());
create policy audit_events_append on audit_events for insert with check (true);

-- Columns never copied into the trail (secrets) and columns whose change alone is not worth an event.
create function audit_row_change() returns trigger language plpgsql as
$$
declare
    secret_columns constant text[] := array['password_hash', 'token_hash', 'code_hash', 'totp_secret'];
    noise_columns  constant text[] := array['updated_at', 'version', 'last_login_at', 'failed_logins', 'last_used_at', 'last_seen_at',
                                          'search_text', 'interaction_count', 'last_interaction_at'];
    old_row  jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    new_row  jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    row_data jsonb := coalesce(new_row, old_row);
    changes  jsonb := '{}';
    col      text;
    org      uuid;
    actor    text := coalesce(nullif(current_setting('app.actor', true), ''), 'system');
begin
    for col in select jsonb_object_keys(row_data) loop
        continue when col = any (noise_columns) and tg_op = 'UPDATE';
        continue when tg_op = 'UPDATE' and (old_row -> col) is not distinct from (new_row -> col);
        if col = any (secret_columns) then
            changes := changes || jsonb_build_object(col, jsonb_build_object('before', case when old_row -> col <> 'null' then '[secret]' end,
                                                                             'after', case when new_row -> col <> 'null' then '[secret]' end));
        else
            changes := changes || jsonb_build_object(col, jsonb_build_object('before', old_row -> col, 'after', new_row -> col));
        end if;
    end loop;
    if tg_op = 'UPDATE' and changes = '{}' then
        return null;
    end if;
    org := case when tg_table_name = 'organizations' then (row_data ->> 'id')::uuid
                else coalesce((row_data ->> 'organization_id')::uuid, app_org_id()) end;
    insert into audit_events (organization_id, actor, actor_user_id, entity_type, entity_id, action, changes)
    values (org, actor, app_user_id(), tg_argv[0], (row_data ->> 'id')::uuid,
            case tg_op when 'INSERT' then 'CREATED' when 'UPDATE' then 'UPDATED' else 'DELETED' end, changes);
    return null;
end
$$;

create trigger audit after insert or update or delete on organizations for each row execute function audit_row_change('organization');
create trigger audit after insert or update or delete on users for each row execute function audit_row_change('user');
create trigger audit after insert or update or delete on memberships for each row execute function audit_row_change('membership');
create trigger audit after insert or update or delete on invitations for each row execute function audit_row_change('invitation');
create trigger audit after insert or update or delete on api_tokens for each row execute function audit_row_change('api_token');
