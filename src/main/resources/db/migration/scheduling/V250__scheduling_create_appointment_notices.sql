-- What appointments told people and when: confirmations (per revision of the invite), cancellations and reminders.
-- The primary key makes each notice go out once even when an event is delivered twice or two nodes sweep reminders
-- at the same moment: whoever inserts the row sends, everybody else finds it there. sequence is the invite's
-- SEQUENCE the notice was about, so a rescheduled appointment is reminded of again at its new time.
create table scheduling_appointment_notices (
    organization_id uuid        not null,
    appointment_id  uuid        not null,
    kind            text        not null check (kind in ('confirmation', 'cancellation', 'reminder_24h', 'reminder_1h')),
    sequence        int         not null check (sequence >= 0),
    sent_at         timestamptz not null default now(),
    primary key (appointment_id, kind, sequence)
);
create index scheduling_appointment_notices_org_idx on scheduling_appointment_notices (organization_id, appointment_id);

select enable_tenant_rls('scheduling_appointment_notices');
