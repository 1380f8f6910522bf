-- The board sums each column per currency now: the currency joins the columns the board index carries, so the
-- grouped count and sums stay an index-only scan.
drop index deals_board_idx;
create index deals_board_idx on deals (organization_id, pipeline_id, stage_id, stage_entered_at desc, id desc)
    include (value_cents, currency, owner_id, service_id);
