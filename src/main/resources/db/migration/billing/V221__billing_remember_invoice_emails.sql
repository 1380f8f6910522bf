-- The issue email is sent after the issuing transaction (rendering the PDF there would hold the number counter's
-- lock); the event can be delivered twice, so the invoice remembers that its email left.
alter table invoices add column emailed_at timestamptz;
