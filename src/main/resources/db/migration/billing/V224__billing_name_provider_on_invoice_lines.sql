-- An invoice line may name who performed it and what (AN3): provider_id is a provider of the analytics module, by id
-- only (no foreign key crosses modules); procedure_code is BTX, FILLER, … or one of the organization's own codes.
alter table invoice_lines add column provider_id uuid;
alter table invoice_lines add column procedure_code text check (procedure_code ~ '^[A-Z][A-Z0-9_]{1,19}$');
create index invoice_lines_provider_idx on invoice_lines (organization_id, provider_id) where provider_id is not null;
