-- Row-level security for a tenant table in one call, the same for every module:
--     select enable_tenant_rls('my_table');
-- Rows are visible and writable only inside their organization's transaction (app.org_id), or in a
-- system transaction (sign-in look-ups, cross-tenant jobs). FORCE applies the policy to the table's
-- owner too, which is the role the application connects as. The table needs organization_id uuid not null.
create function enable_tenant_rls(tenant_table regclass) returns void language plpgsql as
$$
declare
    policy_name text := (select relname from pg_class where oid = tenant_table) || '_tenant';
begin
    execute format('alter table %s enable row level security', tenant_table);
    execute format('alter table %s force row level security', tenant_table);
    execute format('create policy %I on %s using (organization_id = app_org_id() or app_is_system())'
                   ' with check (organization_id = app_org_id() or app_is_system())', policy_name, tenant_table);
end
$$;
