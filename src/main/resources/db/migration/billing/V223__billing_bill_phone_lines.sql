-- BL2: an agency bills each of its client accounts monthly for the lines it holds beyond its plan's free ones
-- (README Design). The agency's "Phone line" product carries the price it charges; at most one per organization.
alter table products add column purpose text check (purpose in ('phone_line'));
create unique index products_purpose_uq on products (organization_id, purpose) where purpose is not null;

-- One row per agency, client account and month, claimed in the transaction that writes the invoice: a rerun, a second
-- node or a retried job finds the row and bills nothing twice. A deleted draft keeps its claim (invoice_id null), so
-- the job does not bring it back; the agency writes that month's invoice by hand if it still wants one.
create table phone_line_invoices (
    organization_id        uuid    not null,
    client_organization_id uuid    not null,
    month                  date    not null check (extract(day from month) = 1),
    lines_billed           integer not null check (lines_billed > 0),
    invoice_id             uuid    references invoices (id) on delete set null,
    created_at             timestamptz not null default now(),
    primary key (organization_id, client_organization_id, month)
);
create index phone_line_invoices_invoice_idx on phone_line_invoices (organization_id, invoice_id);

select enable_tenant_rls('phone_line_invoices');
