-- Files sent with a submission, one entry per file: {field, fileId, name, contentType, sizeBytes, sha256}. The answer
-- of a file field keeps the file's name (what the timeline and CSV show); the bytes live in the file store.
alter table form_submissions add column files jsonb not null default '[]'::jsonb;
