-- The one rule of who in an agency opens which of its client accounts, and with which role: owners, admins and
-- managers open every client account with their agency role; members only those they are assigned to. Null when the
-- person has no such right (a direct membership of the account, e.g. a client user's, is looked up separately).
-- Called in the client account's scope (or the agency's, or the system's), where the rows it reads are visible.
create function agency_role_in(client uuid, person uuid) returns text language sql stable as
$$
    select staff.role
    from client_accounts ca
    join memberships staff on staff.organization_id = ca.agency_id and staff.user_id = person
    where ca.organization_id = client
      and (staff.role in ('OWNER', 'ADMIN', 'MANAGER')
           or (staff.role = 'MEMBER' and exists (select 1 from client_account_assignments a
                                                 where a.organization_id = client and a.user_id = person)))
$$;

-- Inside a client account its agency's staff are known (who may open it, assignee pickers), read-only.
create policy memberships_agency_staff on memberships for select
    using (exists (select 1 from client_accounts ca
                   where ca.organization_id = app_org_id() and ca.agency_id = memberships.organization_id));
