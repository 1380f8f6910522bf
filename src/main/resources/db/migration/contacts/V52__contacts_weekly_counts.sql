-- The dashboard's weekly charts (new contacts and activities per week, UTC weeks starting Monday) read twelve rows
-- of this rollup instead of counting a million contacts or five million interactions. Kept exactly like
-- contact_counts: by statement-level triggers in the same transaction as the change (the contacts' through the
-- same trigger function, so an import's second writer leaves its half to the import, which adds it).
create table contact_weekly_counts (
    organization_id uuid   not null,
    week            date   not null,
    created         bigint not null default 0,
    activities      bigint not null default 0,
    primary key (organization_id, week)
);
alter table contact_weekly_counts enable row level security;
alter table contact_weekly_counts force row level security;
create policy contact_weekly_counts_tenant on contact_weekly_counts
    using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

create or replace function contact_counts_apply() returns trigger language plpgsql as
$$
begin
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

create function interaction_weekly_counts_apply() returns trigger language plpgsql as
$$
begin
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
create trigger interaction_weekly_counts_insert after insert on interactions referencing new table as new_rows
    for each statement execute function interaction_weekly_counts_apply();
-- (A merge re-points contact_id: the same weeks are taken off and added back.)
create trigger interaction_weekly_counts_update after update on interactions
    referencing old table as old_rows new table as new_rows
    for each statement execute function interaction_weekly_counts_apply();
create trigger interaction_weekly_counts_delete after delete on interactions referencing old table as old_rows
    for each statement execute function interaction_weekly_counts_apply();

insert into contact_weekly_counts (organization_id, week, created, activities)
select organization_id, week, sum(created), sum(activities)
from (select organization_id, date_trunc('week', created_at at time zone 'UTC')::date as week, count(*) as created,
             0::bigint as activities
      from contacts where deleted_at is null group by 1, 2
      union all
      select organization_id, date_trunc('week', occurred_at at time zone 'UTC')::date, 0, count(*)
      from interactions group by 1, 2) weekly
group by 1, 2;
