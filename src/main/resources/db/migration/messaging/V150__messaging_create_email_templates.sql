-- An organization's own version of an email the product sends; without a row the shipped default is used.
-- Bodies are kept as written (with {{placeholders}}) and sanitized every time they are rendered.
create table email_templates (
    id              uuid        not null unique default uuidv7(),
    organization_id uuid        not null,
    template_key    text        not null check (template_key ~ '^[a-z][a-z0-9-]{1,63}$'),
    subject         text        not null check (length(subject) between 1 and 300),
    body_html       text        not null check (length(body_html) <= 100000),
    body_text       text        not null check (length(body_text) <= 50000),
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    primary key (organization_id, template_key)
);

select enable_tenant_rls('email_templates');

create trigger audit after insert or update or delete on email_templates for each row
    execute function audit_row_change('email_template');
