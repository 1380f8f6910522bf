-- Contacts created at once could deadlock on the rollups their statement triggers keep (contact_counts per type and
-- status, contact_weekly_counts per week, contact_changes): a transaction that logged an activity (the week's row)
-- and then created a contact (the type's row, then the week's) waited on one that had taken them the other way round.
-- The week's row already lets one writer of an organization through at a time until it commits; a transaction
-- advisory lock per organization, taken before any of its rollup rows, makes that order explicit, so writers queue
-- instead of deadlocking (organizations in id order when one statement touches several).
create function contact_rollups_lock(organizations uuid[]) returns void language sql as
$$
select pg_advisory_xact_lock(hashtextextended('contact rollups ' || o::text, 0))
from (select o from unnest(organizations) o order by o) ordered;
$$;

create or replace function contact_counts_apply() returns trigger language plpgsql as
$$
begin
    -- Every rollup row of an organization is updated after its lock, so no two writers wait on each other's rows.
    if tg_op in ('UPDATE', 'DELETE') then
        perform contact_rollups_lock(array(select distinct organization_id from old_rows));
    else
        perform contact_rollups_lock(array(select distinct organization_id from new_rows));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_counts as c (organization_id, type, status, live)
        select organization_id, type, coalesce(status, ''), -count(*) from old_rows where deleted_at is null
        group by 1, 2, 3
        on conflict (organization_id, type, status) do update set live = c.live + excluded.live;
        insert into contact_weekly_counts as w (organization_id, week, created)
        select organization_id, date_trunc('week', created_at at time zone 'UTC')::date, -count(*) from old_rows
        where deleted_at is null group by 1, 2
        on conflict (organization_id, week) do update set created = w.created + excluded.created;
        insert into contact_changes as c (organization_id, changed_at)
        select organization_id, clock_timestamp() from old_rows group by organization_id
        on conflict (organization_id) do update set changed_at = excluded.changed_at;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into contact_counts as c (organization_id, type, status, live)
        select organization_id, type, coalesce(status, ''), count(*) from new_rows where deleted_at is null
        group by 1, 2, 3
        on conflict (organization_id, type, status) do update set live = c.live + excluded.live;
        insert into contact_weekly_counts as w (organization_id, week, created)
        select organization_id, date_trunc('week', created_at at time zone 'UTC')::date, count(*) from new_rows
        where deleted_at is null group by 1, 2
        on conflict (organization_id, week) do update set created = w.created + excluded.created;
        insert into contact_changes as c (organization_id, changed_at)
        select organization_id, clock_timestamp() from new_rows group by organization_id
        on conflict (organization_id) do update set changed_at = excluded.changed_at;
    end if;
    return null;
end
$$;

create or replace function interaction_weekly_counts_apply() returns trigger language plpgsql as
$$
begin
    -- Every rollup row of an organization is updated after its lock, so no two writers wait on each other's rows.
    if tg_op in ('UPDATE', 'DELETE') then
        perform contact_rollups_lock(array(select distinct organization_id from old_rows));
    else
        perform contact_rollups_lock(array(select distinct organization_id from new_rows));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_weekly_counts as w (organization_id, week, activities)
        select organization_id, date_trunc('week', occurred_at at time zone 'UTC')::date, -count(*) from old_rows
        group by 1, 2
        on conflict (organization_id, week) do update set activities = w.activities + excluded.activities;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into contact_weekly_counts as w (organization_id, week, activities)
        select organization_id, date_trunc('week', occurred_at at time zone 'UTC')::date, count(*) from new_rows
        group by 1, 2
        on conflict (organization_id, week) do update set activities = w.activities + excluded.activities;
    end if;
    return null;
end
$$;
