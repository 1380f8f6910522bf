-- The brand step's files (a logo, style guides), kept in the platform file store under the agency: file_id names a
-- stored file of the platform by id only.
create table onboarding_brand_assets (
    id              uuid primary key,
    organization_id uuid        not null,
    profile_id      uuid        not null references onboarding_profiles (id) on delete cascade,
    kind            text        not null check (kind in ('logo', 'style_guide')),
    file_id         uuid        not null,
    original_name   text        not null check (length(original_name) between 1 and 255),
    content_type    text        not null,
    size_bytes      bigint      not null check (size_bytes > 0),
    created_at      timestamptz not null default now()
);
create index onboarding_brand_assets_profile_idx on onboarding_brand_assets (organization_id, profile_id, created_at);

select enable_tenant_rls('onboarding_brand_assets');
