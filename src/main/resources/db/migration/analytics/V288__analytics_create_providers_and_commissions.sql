-- Providers, their commission rules and the commissions earned on paid invoices (AN3, seed 004 Provider and
-- CommissionRule). member_user_id, invoice_id and invoice_line_id name rows of other modules by id only: no foreign key
-- crosses modules.

create table providers (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    name            text        not null check (length(name) between 1 and 200),
    role            text        not null check (role in ('surgeon', 'nurse', 'injector', 'consultant', 'rep', 'other')),
    member_user_id  uuid,
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index providers_name_uq on providers (organization_id, lower(name));
create index providers_list_idx on providers (organization_id, created_at desc, id desc);

-- The organization's own procedure codes; the built-in ones (BTX, FILLER, LASER, RHINO, BREAST, TUMMY, FACE) are
-- known to the code and need no row.
create table procedure_codes (
    organization_id uuid        not null,
    code            text        not null check (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
    label           text        not null check (length(label) between 1 and 200),
    created_at      timestamptz not null default now(),
    primary key (organization_id, code)
);

-- A rule is typed JSON (CommissionRule in Java: percent, flat_per_invoice, flat_per_procedure, tiers), validated
-- before it is stored; valid_to is inclusive, null means open-ended.
create table commission_rules (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    provider_id     uuid        not null references providers (id) on delete cascade,
    rule            jsonb       not null check (jsonb_typeof(rule) = 'object' and rule ? 'type'),
    valid_from      date        not null,
    valid_to        date,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);
create index commission_rules_provider_idx on commission_rules (organization_id, provider_id, valid_from);

-- A month of commissions; a row with closed_at is frozen: nothing is added to or taken from its lines any more.
create table commission_periods (
    organization_id uuid        not null,
    month           date        not null check (extract(day from month) = 1),
    closed_at       timestamptz,
    closed_by       uuid,
    primary key (organization_id, month)
);

-- What a provider earned (or gave back) on an invoice under a rule. source_key names the fact that produced the line
-- ('paid:<invoice>:<payment>', 'refund:<payment>:<total>', 'credit:<creditNote>'), so a fact delivered twice adds
-- nothing. A reversal line (negative) points at the line it reverses.
create table commission_lines (
    id               uuid primary key default uuidv7(),
    organization_id  uuid        not null,
    provider_id      uuid        not null references providers (id) on delete cascade,
    rule_id          uuid        references commission_rules (id) on delete set null,
    rule_type        text        not null check (rule_type in ('percent', 'flat_per_invoice', 'flat_per_procedure', 'tiers')),
    invoice_id       uuid        not null,
    invoice_number   text,
    invoice_line_id  uuid,
    procedure_code   text,
    period_month     date        not null check (extract(day from period_month) = 1),
    base_cents       bigint      not null,
    amount_cents     bigint      not null,
    currency         char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    source_key       text        not null check (length(source_key) between 1 and 300),
    reversal_of      uuid        references commission_lines (id) on delete set null,
    occurred_at      timestamptz not null,
    created_at       timestamptz not null default now()
);
create unique index commission_lines_source_uq on commission_lines (organization_id, source_key, provider_id, rule_type,
    coalesce(rule_id, '00000000-0000-0000-0000-000000000000'), coalesce(invoice_line_id, '00000000-0000-0000-0000-000000000000'));

-- Each billing fact (an invoice paid by a payment, a refund total, a credit note) is claimed here in the transaction
-- that books its lines: a second delivery finds its key and does nothing.
create table commission_facts (
    organization_id uuid        not null,
    source_key      text        not null check (length(source_key) between 1 and 300),
    claimed_at      timestamptz not null default now(),
    primary key (organization_id, source_key)
);

-- Per invoice, its latest paid occurrence and what was taken back from it since: reversals follow
-- max(credited after payment, refunded), so a credit note that is then refunded reverses its share once.
create table commission_invoices (
    organization_id  uuid   not null,
    invoice_id       uuid   not null,
    paid_source_key  text   not null,
    paid_cents       bigint not null check (paid_cents >= 0),
    credited_cents   bigint not null default 0 check (credited_cents >= 0),
    refunded_cents   bigint not null default 0 check (refunded_cents >= 0),
    taken_back_cents bigint not null default 0 check (taken_back_cents >= 0),
    primary key (organization_id, invoice_id)
);
create index commission_lines_report_idx on commission_lines (organization_id, provider_id, period_month, occurred_at);
create index commission_lines_invoice_idx on commission_lines (organization_id, invoice_id);

select enable_tenant_rls('providers');
select enable_tenant_rls('procedure_codes');
select enable_tenant_rls('commission_rules');
select enable_tenant_rls('commission_periods');
select enable_tenant_rls('commission_lines');
select enable_tenant_rls('commission_facts');
select enable_tenant_rls('commission_invoices');

create trigger audit after insert or delete or update of name, role, member_user_id, active on providers
    for each row execute function audit_row_change('provider');
