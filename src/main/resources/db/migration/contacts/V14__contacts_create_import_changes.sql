-- What each file import changed, so that it can be undone: the contacts it created (before is null) and
-- the previous values of those it updated; the list memberships and tags it added.
create table contact_import_changes (
    organization_id uuid  not null,
    import_id       uuid  not null,
    contact_id      uuid  not null,
    before          jsonb
);
-- Not a primary key: an import writes up to a million rows with the same import id, and a plain index on it
-- (deduplicated by PostgreSQL) costs a fraction of a unique one per row.
create index contact_import_changes_import_idx on contact_import_changes (import_id);

create table contact_import_memberships (
    organization_id uuid not null,
    import_id       uuid not null,
    contact_id      uuid not null,
    list_id         uuid,
    tag_id          uuid
);
create index contact_import_memberships_import_idx on contact_import_memberships (import_id);

do $$
declare t text;
begin
    foreach t in array array['contact_import_changes', 'contact_import_memberships']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (organization_id = app_org_id() or app_is_system())'
                       ' with check (organization_id = app_org_id() or app_is_system())', t || '_tenant', t);
    end loop;
end
$$;

-- An import is audited as one event (its own record, with its totals and undo data), not as a million
-- row events: the row trigger stands aside while app.bulk_import is on in the importing transaction.
drop trigger audit on contacts;
create trigger audit after insert or update or delete on contacts for each row
    when (coalesce(current_setting('app.bulk_import', true), '') <> 'on')
    execute function audit_row_change('contact');
