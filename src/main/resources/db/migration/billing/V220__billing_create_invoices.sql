-- Invoices (BL1): drafts get a number only when issued, from a gapless per-organization-and-year counter.
-- Amounts are integer cents of the invoice's currency; the totals are computed in Java (InvoiceTotals: per line,
-- round half-even) and stored so lists and reports never recompute them. contact_id names a contact of the contacts
-- module by id only: no foreign key crosses modules.
create table invoices (
    id                uuid primary key,
    organization_id   uuid        not null,
    number            text        check (length(number) between 1 and 60),
    contact_id        uuid        not null,
    currency          char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    status            text        not null default 'draft'
                      check (status in ('draft', 'open', 'paid', 'partially_paid', 'void', 'uncollectible')),
    subtotal_cents    bigint      not null default 0 check (subtotal_cents >= 0),
    discount_cents    bigint      not null default 0 check (discount_cents >= 0),
    tax_cents         bigint      not null default 0 check (tax_cents >= 0),
    total_cents       bigint      not null default 0 check (total_cents >= 0),
    -- What credit notes took off the total; amount_due = max(0, total - credited - paid).
    credited_cents    bigint      not null default 0 check (credited_cents >= 0),
    amount_paid_cents bigint      not null default 0 check (amount_paid_cents >= 0),
    amount_due_cents  bigint      not null default 0 check (amount_due_cents >= 0),
    issue_date        date,
    due_date          date,
    notes             text        check (length(notes) <= 4000),
    -- The secret of the public page /i/{token}: random, unguessable, never an id.
    public_token      text        not null unique check (length(public_token) between 20 and 100),
    issued_at         timestamptz,
    voided_at         timestamptz,
    created_by        uuid,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0,
    check (status = 'draft' or (number is not null and issue_date is not null)),
    check (due_date is null or issue_date is null or due_date >= issue_date)
);
-- A number is given once per organization, also to a void invoice.
create unique index invoices_number_uq on invoices (organization_id, number) where number is not null;
create index invoices_list_idx on invoices (organization_id, created_at desc, id desc);
create index invoices_status_idx on invoices (organization_id, status, created_at desc, id desc);
create index invoices_contact_idx on invoices (organization_id, contact_id, created_at desc, id desc);

create table invoice_lines (
    id                    uuid primary key,
    organization_id       uuid          not null,
    invoice_id            uuid          not null references invoices (id) on delete cascade,
    position              int           not null check (position >= 0),
    description           text          not null check (length(description) between 1 and 500),
    quantity              numeric(12,4) not null check (quantity > 0),
    unit_price_cents      bigint        not null check (unit_price_cents >= 0),
    -- Percent, e.g. 19 or 7.5.
    tax_rate              numeric(7,4)  not null default 0 check (tax_rate >= 0 and tax_rate <= 100),
    -- A line discount is either an amount or a percent of the line, never both.
    discount_cents        bigint        check (discount_cents >= 0),
    discount_percent      numeric(7,4)  check (discount_percent >= 0 and discount_percent <= 100),
    product_id            uuid,
    line_subtotal_cents   bigint        not null check (line_subtotal_cents >= 0),
    line_discount_cents   bigint        not null check (line_discount_cents >= 0),
    line_tax_cents        bigint        not null check (line_tax_cents >= 0),
    line_total_cents      bigint        not null check (line_total_cents >= 0),
    check (discount_cents is null or discount_percent is null),
    unique (invoice_id, position)
);
create index invoice_lines_invoice_idx on invoice_lines (organization_id, invoice_id, position);

-- The last number given per organization, kind of document and year. Issuing locks the row (select … for update)
-- in the issuing transaction, so two issues at once wait for each other and a rolled-back issue gives nothing away.
create table billing_number_counters (
    organization_id uuid   not null,
    kind            text   not null check (kind in ('invoice', 'credit_note')),
    year            int    not null check (year between 2000 and 9999),
    last_value      bigint not null default 0 check (last_value >= 0),
    primary key (organization_id, kind, year)
);

-- The price list that fills invoice lines (README Design: why this is not the pipeline's service catalog).
create table products (
    id               uuid primary key,
    organization_id  uuid         not null,
    name             text         not null check (length(name) between 1 and 200),
    description      text         check (length(description) <= 1000),
    unit_price_cents bigint       not null check (unit_price_cents >= 0),
    currency         char(3)      not null check (currency ~ '^[A-Z]{3}$'),
    tax_rate         numeric(7,4) not null default 0 check (tax_rate >= 0 and tax_rate <= 100),
    archived         boolean      not null default false,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create index products_name_idx on products (organization_id, lower(name), id) where not archived;

-- Organization-wide billing choices; a missing row means the defaults.
create table billing_settings (
    organization_id        uuid primary key,
    invoice_number_pattern text not null default 'INV-{yyyy}-{seq:4}' check (length(invoice_number_pattern) between 1 and 60),
    payment_terms_days     int  not null default 14 check (payment_terms_days between 0 and 365),
    -- Printed on invoices and receipts as the seller: the organization's legal name and postal address.
    business_name          text check (length(business_name) <= 200),
    business_address       text check (length(business_address) <= 1000),
    updated_at             timestamptz not null default now()
);

-- Credit notes reduce an issued invoice; numbered from their own counter (CN-2026-0001).
create table credit_notes (
    id              uuid primary key,
    organization_id uuid        not null,
    invoice_id      uuid        not null references invoices (id),
    number          text        not null check (length(number) between 1 and 60),
    amount_cents    bigint      not null check (amount_cents > 0),
    currency        char(3)     not null,
    reason          text        check (length(reason) <= 1000),
    created_by      uuid,
    created_at      timestamptz not null default now()
);
create unique index credit_notes_number_uq on credit_notes (organization_id, number);
create index credit_notes_list_idx on credit_notes (organization_id, created_at desc, id desc);
create index credit_notes_invoice_idx on credit_notes (organization_id, invoice_id);

select enable_tenant_rls('invoices');
select enable_tenant_rls('invoice_lines');
select enable_tenant_rls('billing_number_counters');
select enable_tenant_rls('products');
select enable_tenant_rls('billing_settings');
select enable_tenant_rls('credit_notes');
