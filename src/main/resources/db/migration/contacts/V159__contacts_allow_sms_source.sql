-- A text from a number no contact has starts a lead on the line it reached: its source is SMS.
alter table contacts drop constraint contacts_source_check;
alter table contacts add constraint contacts_source_check
    check (source in ('CSV', 'GOOGLE_SHEETS', 'SALESFORCE', 'HUBSPOT', 'GHL', 'CTM', 'FORM', 'MASTERCLASS', 'EVENT', 'MANUAL', 'SMS'));
