package com.growthhub.platform.ai;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a speech-to-text provider heard: its language (when it says), timed segments, and the model that heard it. */
public record TranscribedSpeech(@Nullable String language, List<Segment> segments, String model) {

	public record Segment(long startMs, long endMs, String text) {
	}
}
