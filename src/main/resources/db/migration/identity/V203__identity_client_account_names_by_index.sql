-- The same visibility as V200's organizations_read, written as two look-ups that each use an index (the primary key,
-- the agency index) instead of one subquery with an OR, which scanned client_accounts for every organization row.
drop policy organizations_read on organizations;
create policy organizations_read on organizations for select
    using (id = app_org_id() or app_is_system()
           or exists (select 1 from memberships m where m.organization_id = organizations.id and m.user_id = app_user_id())
           or exists (select 1 from client_accounts ca
                      where ca.organization_id = organizations.id and ca.agency_id = app_org_id())
           or exists (select 1 from client_accounts ca
                      where ca.agency_id = organizations.id and ca.organization_id = app_org_id()));
