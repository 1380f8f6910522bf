-- The trail recorded the contacts' generated search and sort columns (V24) as fields of a created or changed
-- contact; they are the database's own bookkeeping, so the trail leaves them out on every operation.
create or replace function audit_row_change() returns trigger language plpgsql as
$$
declare
    secret_columns constant text[] := array['password_hash', 'token_hash', 'code_hash', 'totp_secret'];
    noise_columns  constant text[] := array['updated_at', 'version', 'last_login_at', 'failed_logins', 'last_used_at', 'last_seen_at',
                                          'interaction_count', 'last_interaction_at'];
    -- Columns the database derives from others (search and sort keys): never a change of their own.
    derived_columns constant text[] := array['search_text', 'sort_name', 'sort_company', 'phone_reversed'];
    old_row  jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    new_row  jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    row_data jsonb := coalesce(new_row, old_row);
    changes  jsonb := '{}';
    col      text;
    org      uuid;
    actor    text := coalesce(nullif(current_setting('app.actor', true), ''), 'system');
begin
    for col in select jsonb_object_keys(row_data) loop
        continue when col = any (derived_columns);
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
