-- The dashboard's media drops (items by type, and per week) read this rollup instead of counting every item: kept by
-- statement-level triggers in the same transaction as the change. An item's type and creation time never change,
-- so inserts and deletes are all that move it.
create table media_weekly_counts (
    organization_id uuid   not null,
    week            date   not null,
    media_type      text   not null,
    items           bigint not null default 0,
    primary key (organization_id, week, media_type)
);
select enable_tenant_rls('media_weekly_counts');

create function media_weekly_counts_apply() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        insert into media_weekly_counts as w (organization_id, week, media_type, items)
        select organization_id, date_trunc('week', created_at at time zone 'UTC')::date, media_type, -count(*)
        from old_rows group by 1, 2, 3
        on conflict (organization_id, week, media_type) do update set items = w.items + excluded.items;
    else
        insert into media_weekly_counts as w (organization_id, week, media_type, items)
        select organization_id, date_trunc('week', created_at at time zone 'UTC')::date, media_type, count(*)
        from new_rows group by 1, 2, 3
        on conflict (organization_id, week, media_type) do update set items = w.items + excluded.items;
    end if;
    return null;
end
$$;
create trigger media_weekly_counts_insert after insert on media_items referencing new table as new_rows
    for each statement execute function media_weekly_counts_apply();
create trigger media_weekly_counts_delete after delete on media_items referencing old table as old_rows
    for each statement execute function media_weekly_counts_apply();

insert into media_weekly_counts (organization_id, week, media_type, items)
select organization_id, date_trunc('week', created_at at time zone 'UTC')::date, media_type, count(*)
from media_items group by 1, 2, 3;
