-- Deletions made here, pushed to the provider when a connection opts in (off by default: deleting at the provider is
-- the one change a sync cannot take back). The checkpoint is the trash time up to which deletions were pushed; it
-- starts when the option is turned on, so contacts trashed before that are left alone there.
alter table integration_connections
    add column push_deletions         boolean not null default false,
    add column deletions_pushed_until timestamptz;

alter table integration_sync_runs
    add column deleted integer not null default 0;
