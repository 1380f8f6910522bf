-- Who registered for a masterclass, and how far they came along its funnel (PL6). contact_id names a contact of the
-- contacts module and invoice_id an invoice of billing, by id only: no foreign key crosses modules. The personal join
-- link's token is never stored, only its SHA-256 (lowercase hex of the token's UTF-8 bytes).
create table masterclass_registrations (
    id              uuid primary key,
    organization_id uuid        not null,
    masterclass_id  uuid        not null references masterclasses (id) on delete cascade,
    contact_id      uuid,
    name            text        not null check (length(name) between 1 and 200),
    email           text        not null check (length(email) between 3 and 320),
    phone           text        check (length(phone) <= 40),
    -- The class's optional questions: {"question": "answer", …}.
    answers         jsonb       not null default '{}' check (jsonb_typeof(answers) = 'object'),
    funnel_status   text        not null default 'registered'
                    check (funnel_status in ('registered', 'invoiced', 'paid', 'attended', 'scheduled', 'won', 'lost')),
    -- A seat counts against the capacity: free registrations get one at once, paid ones when their invoice is issued.
    has_seat        boolean     not null default false,
    join_token_hash text        not null check (join_token_hash ~ '^[0-9a-f]{64}$'),
    invoice_id      uuid,
    -- {"source", "medium", "campaign", "term", "content"} as given on the landing page's URL.
    utm             jsonb       not null default '{}' check (jsonb_typeof(utm) = 'object'),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index masterclass_registrations_email_uq on masterclass_registrations (masterclass_id, lower(email));
create unique index masterclass_registrations_token_uq on masterclass_registrations (join_token_hash);
create index masterclass_registrations_list_idx
    on masterclass_registrations (organization_id, masterclass_id, created_at desc, id desc);
create index masterclass_registrations_funnel_idx
    on masterclass_registrations (organization_id, masterclass_id, funnel_status, created_at desc, id desc);
create index masterclass_registrations_contact_idx on masterclass_registrations (organization_id, contact_id);
create index masterclass_registrations_invoice_idx on masterclass_registrations (organization_id, invoice_id)
    where invoice_id is not null;

select enable_tenant_rls('masterclass_registrations');

create trigger audit after insert or delete or update of funnel_status, has_seat, invoice_id, email
    on masterclass_registrations for each row execute function audit_row_change('masterclass_registration');
