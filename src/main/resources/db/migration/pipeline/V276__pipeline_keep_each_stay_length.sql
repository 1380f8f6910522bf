-- Stage velocity reads how long each finished stay lasted. Windowing the whole history for the next move (lead over
-- each deal's rows) at every report read hundreds of thousands of rows; instead the move that ends a stay stamps it
-- (left_at, same transaction as the move) and the length is stored beside it, so a report reads only the finished
-- stays of the pipeline's stages from one index.
alter table deal_stage_history add column left_at timestamptz;
alter table deal_stage_history add column stay_seconds double precision
    generated always as (extract(epoch from left_at - changed_at)) stored;

-- The history is tenant data under forced row-level security: the backfill runs as the system.
select set_config('app.system', 'on', true);
update deal_stage_history h set left_at = n.next_at
from (select id, lead(changed_at) over (partition by deal_id order by changed_at, id) as next_at
      from deal_stage_history) n
where n.id = h.id and n.next_at is not null;

-- A stage's finished stays in order of length: an index-only range per stage that the percentiles' sort finds sorted.
create index deal_stage_history_stays_idx on deal_stage_history (organization_id, to_stage_id, stay_seconds)
    where left_at is not null;
