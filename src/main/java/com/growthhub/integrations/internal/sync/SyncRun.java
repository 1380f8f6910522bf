package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One sync run: what it read and did, and where it stands; {@code cursor} is its checkpoint. */
public record SyncRun(UUID id, UUID connectionId, SyncMode mode, RunStatus status, @Nullable String cursor, boolean readDone,
		@Nullable Instant since, @Nullable Instant highWater, int read, int created, int updated, int skipped, int failed,
		int pushed, int conflicts, @Nullable String error, Instant queuedAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, int deleted) {
}
