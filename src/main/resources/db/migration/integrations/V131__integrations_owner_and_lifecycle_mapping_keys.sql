-- HubSpot connections made before the owner and the lifecycle were sync fields mapped them under the local keys
-- "owner" and "type", which contacts do not know (a record with an owner then failed whole). They are "ownerEmail"
-- and "lifecycle" now. Row-level security is forced on the table: this data fix acts for every organization.
select set_config('app.system', 'on', true);

update integration_connections c
set mapping = (
    select coalesce(jsonb_agg(case e ->> 'local'
                                  when 'owner' then jsonb_set(e, '{local}', '"ownerEmail"')
                                  when 'type' then jsonb_set(e, '{local}', '"lifecycle"')
                                  else e end order by n), '[]'::jsonb)
    from jsonb_array_elements(c.mapping) with ordinality as t(e, n))
where exists (select 1 from jsonb_array_elements(c.mapping) e where e ->> 'local' in ('owner', 'type'));
