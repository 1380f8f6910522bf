-- Google Business Profile connections: a source of reviews beside the contact, call and task board providers.
alter table integration_connections drop constraint integration_connections_provider_check;
alter table integration_connections add constraint integration_connections_provider_check
    check (provider in ('HUBSPOT', 'SALESFORCE', 'GOOGLE_SHEETS', 'GOHIGHLEVEL', 'CTM', 'MONDAY', 'GOOGLE_BUSINESS'));
