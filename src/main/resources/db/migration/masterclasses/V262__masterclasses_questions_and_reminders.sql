-- The class's optional questions on its registration form ([{"key", "label", "required"}]), the member who created it
-- (who invoices act for when the class has no host), and which reminders went out to a registrant, so each is sent
-- once whatever the scheduler retries.
alter table masterclasses
    add column questions  jsonb not null default '[]' check (jsonb_typeof(questions) = 'array'),
    add column created_by uuid;

alter table masterclass_registrations
    add column reminders_sent text[] not null default '{}';

-- The invoice's public page (/i/{token}) for a paid class, so a registrant who registers again is shown where to pay.
alter table masterclass_registrations
    add column pay_path text check (length(pay_path) <= 200);
