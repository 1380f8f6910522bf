-- Who added, changed, disabled or deleted a webhook is in the audit trail: where an organization's data goes is worth
-- knowing. Only the columns a person sets (and the application's disabling) count; the failure counters the
-- dispatcher keeps on every attempt would drown them.
create trigger audit after insert or delete or update of url, description, event_types, enabled, disabled_reason
    on webhook_subscriptions for each row execute function audit_row_change('webhook');
