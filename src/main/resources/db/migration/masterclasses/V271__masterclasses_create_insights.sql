-- Written insights of a masterclass (seed 003 ANALYTICS_INSIGHT: type, text, priority) that the AI port produced:
-- a summary and suggestions, kept until asked for again. Rule-based insights are computed on every read from the
-- current figures, so they are never stale and are not stored.
create table masterclass_insights (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    masterclass_id  uuid        not null,
    type            text        not null check (type ~ '^[a-z][a-z_]{1,39}$'),
    text            text        not null check (length(text) between 1 and 4000),
    -- 1 is the most urgent, 5 the least.
    priority        smallint    not null check (priority between 1 and 5),
    source          text        not null check (source in ('rule', 'ai')),
    model           text        check (length(model) <= 200),
    generated_at    timestamptz not null default now()
);
create index masterclass_insights_idx on masterclass_insights (organization_id, masterclass_id, priority, generated_at);

select enable_tenant_rls('masterclass_insights');
