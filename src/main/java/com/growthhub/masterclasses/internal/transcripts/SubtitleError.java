package com.growthhub.masterclasses.internal.transcripts;

/** A problem found in a subtitle file, at a 1-based line number (0 when it concerns the whole file). */
public record SubtitleError(int line, String message) {
}
