-- A large import inserts half of its new contacts from a second session (ImportSecondWriter), prepared with
-- two-phase commit and committed with the import. That session leaves the contact counts, the search dictionary
-- and list sizes to the import's own transaction: both would otherwise update the same counter rows, and the
-- second would wait for the first, which cannot commit before the second is prepared.
drop trigger contact_counts_insert on contacts;
create trigger contact_counts_insert after insert on contacts referencing new table as new_rows
    for each statement when (coalesce(current_setting('app.import_part', true), '') <> 'on')
    execute function contact_counts_apply();
drop trigger contact_search_words_insert on contacts;
create trigger contact_search_words_insert after insert on contacts referencing new table as new_rows
    for each statement when (coalesce(current_setting('app.import_part', true), '') <> 'on')
    execute function contact_search_words_add();
drop trigger list_members_insert on list_members;
create trigger list_members_insert after insert on list_members referencing new table as new_rows
    for each statement when (coalesce(current_setting('app.import_part', true), '') <> 'on')
    execute function list_member_count_apply();

-- The second session's rows, written and read inside its own transaction only (a temporary table cannot take
-- part in a prepared transaction). Unlogged: nothing here needs to survive a crash. Without row-level security,
-- which refuses COPY: the rows carry no organization, and no query outside the import reads this table.
create unlogged table contact_import_parts (
    import_id     uuid  not null,
    new_id        uuid  not null,
    type          text  not null,
    status        text,
    first_name    text,
    last_name     text,
    email         text,
    phone         text,
    company       text,
    job_title     text,
    linkedin_url  text,
    industry      text,
    business_type text,
    network_type  text,
    priority      text,
    campaign      text,
    ad_platform   text,
    notes         text,
    custom_fields jsonb not null
);
