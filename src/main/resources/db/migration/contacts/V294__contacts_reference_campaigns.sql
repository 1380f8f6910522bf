-- A contact's campaign becomes a reference to an analytics campaign (issue 19). The name stays in `campaign`, kept
-- equal to the campaign's name, so search, filters, saved views, exports, the field change times (V53) and the audit
-- trail keep reading one column; `campaign_id` names the campaign. No foreign key: campaigns belong to analytics and
-- no foreign key crosses modules (campaigns are soft-deleted anyway, so "on delete set null" would never fire).
alter table contacts add column campaign_id uuid;

create index contacts_campaign_idx on contacts (organization_id, campaign_id) where campaign_id is not null;

-- Contacts stored before, and those written by writers that only know a name (an import's bulk statements, a sync,
-- an undo), are "unlinked": the application resolves their names to campaigns after the write, and the stored ones
-- at startup (a migration may not read another module's tables). This partial index stays nearly empty.
create index contacts_campaign_unlinked_idx on contacts (organization_id) where campaign is not null and campaign_id is null;

-- A new name written without a new id no longer names the old campaign: the reference is dropped with it, so a
-- stale id never outlives its name. A campaign's rename (app.campaign_renaming = its id) keeps its contacts' id.
create function contacts_campaign_unlink() returns trigger language plpgsql as
$$
begin
    new.campaign_id := null;
    return new;
end
$$;

create trigger contacts_campaign_unlink before update of campaign on contacts for each row
    when (new.campaign is distinct from old.campaign and new.campaign_id is not distinct from old.campaign_id
          and new.campaign_id::text is distinct from nullif(current_setting('app.campaign_renaming', true), ''))
    execute function contacts_campaign_unlink();
