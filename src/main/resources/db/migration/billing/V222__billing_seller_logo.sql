-- The seller's logo printed at the top of invoices, credit notes and receipts (a file in the file store).
alter table billing_settings add column logo_file_id uuid;
