package com.growthhub.calls;

import org.jspecify.annotations.Nullable;

/** One turn of a call's transcript; the speaker is known only when the provider separates the channels. */
public record TranscriptLine(@Nullable String speaker, String text) {
}
