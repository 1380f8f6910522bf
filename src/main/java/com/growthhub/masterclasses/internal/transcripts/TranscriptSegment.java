package com.growthhub.masterclasses.internal.transcripts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of a transcript, in order (seq from 0). */
public record TranscriptSegment(UUID id, int seq, long startMs, long endMs, @Nullable String speaker, String text) {
}
