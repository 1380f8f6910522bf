-- The daily rollups summed per calendar month (month = its first day), maintained in the same statement flow as the
-- daily ones and rebuilt by the same job, so a report over a year reads about 12 rows per campaign, model, kind and
-- currency for its whole months and the daily rows only for its partial edge months.
create table kpi_monthly_rollups (
    organization_id uuid    not null,
    month           date    not null check (extract(day from month) = 1),
    campaign_id     uuid    not null default '00000000-0000-0000-0000-000000000000',
    model           text    not null check (model in ('first_touch', 'last_touch')),
    kind            text    not null check (kind in ('ad_click', 'consult_booked', 'consult_show', 'invoice_paid')),
    currency        char(3) not null default 'USD',
    event_count     bigint  not null default 0 check (event_count >= 0),
    value_cents     bigint  not null default 0,
    -- Led by the model and month: a report reads one model's months of one organization.
    primary key (organization_id, model, month, campaign_id, kind, currency)
);

select enable_tenant_rls('kpi_monthly_rollups');

select set_config('app.system', 'on', true);
insert into kpi_monthly_rollups (organization_id, month, campaign_id, model, kind, currency, event_count, value_cents)
select organization_id, date_trunc('month', day)::date, campaign_id, model, kind, currency, sum(event_count),
       sum(value_cents)
from kpi_daily_rollups group by 1, 2, 3, 4, 5, 6;
