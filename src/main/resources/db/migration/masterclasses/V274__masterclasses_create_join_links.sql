-- Further personal join links of a registration, one per reminder: the token of the confirmation is never stored (only
-- its SHA-256), so a reminder cannot repeat it; it mails a fresh token, and each stays valid like the first.
create table masterclass_join_links (
    token_hash      text        primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    organization_id uuid        not null,
    registration_id uuid        not null references masterclass_registrations (id) on delete cascade,
    created_at      timestamptz not null default now()
);
create index masterclass_join_links_registration_idx on masterclass_join_links (registration_id);

select enable_tenant_rls('masterclass_join_links');
