-- When each synced field of a contact last changed here, so a sync can settle a field changed on both sides by the
-- newer change of that field rather than of the whole contact. Kept by the database on every update, whatever made
-- it (a form, the API, a bulk action, an import, a merge, a sync), and set-wise: one statement-level trigger per
-- UPDATE statement. A field never changed since the contact was created has no entry. Keys are the sync's field
-- keys (ContactSync.FIELDS, cf.<key> for custom fields).

create table contact_field_times (
    contact_id      uuid primary key references contacts (id) on delete cascade,
    organization_id uuid  not null,
    changed_at      jsonb not null default '{}'
);
create index contact_field_times_org_idx on contact_field_times (organization_id);
select enable_tenant_rls('contact_field_times');

create function contact_field_times_record() returns trigger language plpgsql as
$$
begin
    insert into contact_field_times as t (contact_id, organization_id, changed_at)
    select n.id, n.organization_id, jsonb_object_agg(f.field, now())
    from new_rows n
    join old_rows o on o.id = n.id
    cross join lateral (
        select x.field from (values
            ('firstName', n.first_name is distinct from o.first_name),
            ('lastName', n.last_name is distinct from o.last_name),
            ('email', n.email is distinct from o.email),
            ('phone', n.phone is distinct from o.phone),
            ('company', n.company is distinct from o.company),
            ('jobTitle', n.job_title is distinct from o.job_title),
            ('linkedinUrl', n.linkedin_url is distinct from o.linkedin_url),
            ('industry', n.industry is distinct from o.industry),
            ('campaign', n.campaign is distinct from o.campaign),
            ('notes', n.notes is distinct from o.notes),
            ('ownerEmail', n.owner_id is distinct from o.owner_id),
            ('lifecycle', n.type is distinct from o.type)) as x(field, changed)
        where x.changed
        union all
        select 'cf.' || k.key
        from (select jsonb_object_keys(n.custom_fields) as key union select jsonb_object_keys(o.custom_fields)) k
        where n.custom_fields is distinct from o.custom_fields
          and (n.custom_fields -> k.key) is distinct from (o.custom_fields -> k.key)
    ) as f(field)
    group by n.id, n.organization_id
    on conflict (contact_id) do update set changed_at = t.changed_at || excluded.changed_at;
    return null;
end
$$;

create trigger contact_field_times_update after update on contacts referencing old table as old_rows new table as new_rows
    for each statement execute function contact_field_times_record();
