-- Expenses with receipts and approvals (seed 000 §5). Categories are the organization's own list, made from
-- defaults the first time it is read; a category is archived, never deleted, so old expenses keep theirs.
create table expense_categories (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 60),
    position        int         not null default 0,
    archived        boolean     not null default false,
    created_at      timestamptz not null default now()
);
create unique index expense_categories_name_uq on expense_categories (organization_id, lower(name));

-- A draft may be incomplete (amount, date and category come later, perhaps from the receipt); submitting needs them.
-- event_id names an event of the eventplanning module by id only: no foreign key crosses modules.
create table expenses (
    id                uuid primary key,
    organization_id   uuid        not null,
    title             text        not null check (length(title) between 1 and 200),
    description       text        check (length(description) <= 2000),
    merchant          text        check (length(merchant) <= 120),
    amount_cents      bigint      check (amount_cents > 0 and amount_cents <= 1000000000000),
    currency          text        not null check (currency ~ '^[A-Z]{3}$'),
    category_id       uuid        references expense_categories (id),
    type              text        not null default 'OTHER'
                      check (type in ('TRAVEL', 'MEALS', 'LODGING', 'VENUE', 'MARKETING', 'SUPPLIES', 'OTHER')),
    spent_on          date,
    event_id          uuid,
    campaign          text        check (length(campaign) <= 120),
    receipt_file_id   uuid,
    receipt_type      text,
    receipt_name      text,
    thumbnail_file_id uuid,
    status            text        not null default 'DRAFT'
                      check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'REIMBURSED')),
    rejection_reason  text        check (length(rejection_reason) <= 1000),
    created_by        uuid        not null,
    submitted_at      timestamptz,
    decided_by        uuid,
    decided_at        timestamptz,
    reimbursed_by     uuid,
    reimbursed_at     timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0,
    check (status = 'DRAFT' or (amount_cents is not null and spent_on is not null and category_id is not null)),
    check (status <> 'REJECTED' or rejection_reason is not null)
);
create index expenses_org_created_idx on expenses (organization_id, created_at desc, id desc);
create index expenses_org_status_idx on expenses (organization_id, status, created_at desc, id desc);
create index expenses_org_author_idx on expenses (organization_id, created_by, created_at desc, id desc);
create index expenses_org_event_idx on expenses (organization_id, event_id) where event_id is not null;
create index expenses_org_spent_idx on expenses (organization_id, spent_on);

-- What reading the receipt suggested (tesseract OCR), with a confidence per value (0-100), until a person accepts
-- or corrects it. One row per expense: a new receipt replaces it.
create table expense_receipt_readings (
    expense_id          uuid primary key references expenses (id) on delete cascade,
    organization_id     uuid        not null,
    status              text        not null default 'PENDING'
                        check (status in ('PENDING', 'SUGGESTED', 'NOTHING_FOUND', 'FAILED', 'UNSUPPORTED',
                                          'ACCEPTED', 'CORRECTED', 'DISMISSED')),
    amount_cents        bigint,
    amount_confidence   int         check (amount_confidence between 0 and 100),
    currency            text        check (currency ~ '^[A-Z]{3}$'),
    spent_on            date,
    date_confidence     int         check (date_confidence between 0 and 100),
    merchant            text        check (length(merchant) <= 120),
    merchant_confidence int         check (merchant_confidence between 0 and 100),
    failure             text,
    read_at             timestamptz,
    created_at          timestamptz not null default now()
);
create index expense_receipt_readings_org_idx on expense_receipt_readings (organization_id, expense_id);

select enable_tenant_rls('expense_categories');
select enable_tenant_rls('expenses');
select enable_tenant_rls('expense_receipt_readings');

create trigger audit after insert or update or delete on expenses for each row execute function audit_row_change('expense');
create trigger audit after insert or update or delete on expense_categories for each row
    execute function audit_row_change('expense_category');
