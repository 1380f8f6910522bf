-- Payment reminders: each organization's schedule, as days relative to an invoice's due date (-3: three days before,
-- 0: on the day, 7: a week late). Without a row the default schedule applies.
create table payment_reminder_settings (
    organization_id uuid primary key,
    enabled         boolean     not null default true,
    offsets         int[]       not null default '{-3,0,3,7}'
                    check (cardinality(offsets) between 1 and 10 and -60 <= all (offsets) and 365 >= all (offsets)),
    updated_at      timestamptz not null default now()
);

-- Which reminder of which invoice went out: each (invoice, offset) once, claimed in the transaction that queues the
-- email, so two nodes running the job never send one twice.
create table payment_reminders_sent (
    organization_id uuid        not null,
    invoice_id      uuid        not null,
    offset_days     int         not null,
    sent_at         timestamptz not null default now(),
    primary key (invoice_id, offset_days)
);
create index payment_reminders_sent_org_idx on payment_reminders_sent (organization_id, invoice_id);

select enable_tenant_rls('payment_reminder_settings');
select enable_tenant_rls('payment_reminders_sent');

-- The reminder job's scan across organizations: only unpaid invoices with a due date, by due date.
create index invoices_unpaid_due_idx on invoices (due_date) where status in ('open', 'partially_paid') and due_date is not null;
