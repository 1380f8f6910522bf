-- Transcripts of masterclasses (MC3): an uploaded WebVTT or SRT file, or one produced by a speech-to-text provider
-- from a recording in the file store. A masterclass has one current transcript: uploading again replaces it (the
-- unique index), its segments go with it (cascade). masterclass_id names mc-core's masterclasses row; the foreign key
-- comes in V272 so this part's migrations also run where that table is not merged yet.
create table masterclass_transcripts (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    masterclass_id  uuid        not null,
    source          text        not null check (source in ('vtt', 'srt', 'speech_to_text')),
    file_name       text        check (length(file_name) <= 300),
    language        text        check (length(language) <= 35),
    segment_count   int         not null check (segment_count >= 0),
    created_by      uuid,
    created_at      timestamptz not null default now()
);
create unique index masterclass_transcripts_current_uq on masterclass_transcripts (organization_id, masterclass_id);

-- One cue of a transcript. The search column ranks hits of the organization's transcript search (GIN below); the
-- speaker is part of it so "Ada pricing" finds what Ada said about pricing.
create table masterclass_transcript_segments (
    id              uuid primary key default uuidv7(),
    organization_id uuid   not null,
    transcript_id   uuid   not null references masterclass_transcripts (id) on delete cascade,
    masterclass_id  uuid   not null,
    seq             int    not null check (seq >= 0),
    start_ms        bigint not null check (start_ms >= 0),
    end_ms          bigint not null check (end_ms >= start_ms),
    speaker         text   check (length(speaker) <= 200),
    text            text   not null check (length(text) between 1 and 10000),
    search_text     tsvector generated always as (to_tsvector('english', coalesce(speaker, '') || ' ' || text)) stored
);
create unique index masterclass_transcript_segments_seq_uq on masterclass_transcript_segments (transcript_id, seq);
create index masterclass_transcript_segments_time_idx
    on masterclass_transcript_segments (organization_id, masterclass_id, start_ms);
create index masterclass_transcript_segments_search_idx on masterclass_transcript_segments using gin (search_text);

-- Speech-to-text runs: a recording (file store id) sent to the configured provider by a background job; the
-- transcript replaces the current one when the run succeeds.
create table masterclass_transcriptions (
    id              uuid primary key default uuidv7(),
    organization_id uuid        not null,
    masterclass_id  uuid        not null,
    file_id         uuid        not null,
    status          text        not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    error           text        check (length(error) <= 1000),
    created_by      uuid,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index masterclass_transcriptions_idx on masterclass_transcriptions (organization_id, masterclass_id, created_at desc);

select enable_tenant_rls('masterclass_transcripts');
select enable_tenant_rls('masterclass_transcript_segments');
select enable_tenant_rls('masterclass_transcriptions');
