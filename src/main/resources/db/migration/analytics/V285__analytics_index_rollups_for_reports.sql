-- The reports read a period of one attribution model: every rollup row of those days, summed by campaign, currency and
-- kind. Leading with the model halves what is read, and carrying the sums makes it an index-only scan of the rows of
-- the period (a year of 200 campaigns is about 300,000 rows per model).
create index kpi_daily_rollups_report_idx on kpi_daily_rollups (organization_id, model, day)
    include (campaign_id, kind, currency, event_count, value_cents);
