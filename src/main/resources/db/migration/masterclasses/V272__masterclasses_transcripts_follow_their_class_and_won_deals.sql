-- Transcripts, speech-to-text runs and AI insights go with their masterclass (V260 is there now).
alter table masterclass_transcripts
    add constraint masterclass_transcripts_class_fk foreign key (masterclass_id) references masterclasses (id) on delete cascade;
alter table masterclass_transcriptions
    add constraint masterclass_transcriptions_class_fk foreign key (masterclass_id) references masterclasses (id) on delete cascade;
alter table masterclass_insights
    add constraint masterclass_insights_class_fk foreign key (masterclass_id) references masterclasses (id) on delete cascade;

-- Deals won by contacts who registered for a masterclass, as pipeline's DealWon event reported them: the revenue and
-- the owner the per-rep sales metrics need (pipeline has no read API for deals). deal_id makes a redelivery harmless.
create table masterclass_won_deals (
    deal_id         uuid primary key,
    organization_id uuid        not null,
    contact_id      uuid        not null,
    owner_id        uuid,
    value_cents     bigint      not null check (value_cents >= 0),
    currency        char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    won_at          timestamptz not null
);
create index masterclass_won_deals_contact_idx on masterclass_won_deals (organization_id, contact_id);

select enable_tenant_rls('masterclass_won_deals');
