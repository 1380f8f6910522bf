-- The dashboard's "won this month" reads the organization's deals won since a date: one range of this index.
create index deals_won_idx on deals (organization_id, closed_at) include (value_cents, currency) where status = 'WON';
