-- The metadata of stored files; their bytes live in the file store (local disk or S3) under storage_key.
-- content_type is what the bytes are (decided from magic numbers), original_name only what the upload was called.
create table stored_files (
    id              uuid primary key,
    organization_id uuid        not null,
    purpose         text        not null check (length(purpose) between 1 and 40),
    content_type    text        not null check (length(content_type) between 3 and 255),
    size_bytes      bigint      not null check (size_bytes >= 0),
    original_name   text        not null check (length(original_name) between 1 and 255),
    storage_key     text        not null,
    derived         boolean     not null default false,
    created_at      timestamptz not null default now()
);
create index stored_files_org_created_idx on stored_files (organization_id, created_at desc, id desc);
select enable_tenant_rls('stored_files');

-- Bytes used per organization, kept in the transaction that adds or removes a file: reading the quota is one row,
-- and the row's lock makes two concurrent uploads check the quota one after the other.
create table file_storage_usage (
    organization_id uuid   primary key,
    used_bytes      bigint not null default 0 check (used_bytes >= 0)
);
select enable_tenant_rls('file_storage_usage');
