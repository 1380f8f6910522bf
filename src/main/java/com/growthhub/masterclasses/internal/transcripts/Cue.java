package com.growthhub.masterclasses.internal.transcripts;

import org.jspecify.annotations.Nullable;

/** One cue of a subtitle file: where it starts in the file (for errors), its times, its speaker if named, its text. */
public record Cue(int line, long startMs, long endMs, @Nullable String speaker, String text) {
}
