package com.growthhub.masterclasses.internal.transcripts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A masterclass's current transcript without its segments. source: vtt, srt or speech_to_text. */
public record TranscriptSummary(UUID id, UUID masterclassId, String source, @Nullable String fileName,
		@Nullable String language, int segmentCount, @Nullable UUID createdBy, Instant createdAt) {
}
