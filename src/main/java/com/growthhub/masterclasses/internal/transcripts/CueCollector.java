package com.growthhub.masterclasses.internal.transcripts;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects the cues both parsers read and checks each as it comes: text present, end not before start, no overlap
 * with the cue before (a transcript is one line at a time, and search hits and drop-off points need one line per
 * moment), at most {@value #MAX_CUES} cues. Errors are kept with their line numbers rather than thrown at the first.
 */
final class CueCollector {

	static final int MAX_CUES = 50_000;

	static final int MAX_TEXT = 10_000;

	private final List<Cue> cues = new ArrayList<>();

	private final List<SubtitleError> errors = new ArrayList<>();

	private @Nullable Cue previous;

	/** Whether more cues may follow; false once the file has too many. */
	boolean add(int line, String timing, String payload) {
		CueTimes times = CueTimes.parse(timing);
		if (times == null) {
			error(line, "Bad timestamp: expected \"00:00:01.000 --> 00:00:04.000\", found \"" + shorten(timing) + "\".");
			return true;
		}
		if (cues.size() == MAX_CUES) {
			error(line, "The file has more than 50,000 cues.");
			return false;
		}
		CuePayload text = CuePayload.of(payload);
		if (times.endMs() < times.startMs()) {
			error(line, "The cue ends (" + CueTimes.format(times.endMs()) + ") before it starts ("
					+ CueTimes.format(times.startMs()) + ").");
			return true;
		}
		if (text.text().isEmpty()) {
			error(line, "The cue has no text.");
			return true;
		}
		if (text.text().length() > MAX_TEXT) {
			error(line, "The cue's text is longer than 10,000 characters.");
			return true;
		}
		if (previous != null && times.startMs() < previous.endMs()) {
			error(line, "The cue starts at " + CueTimes.format(times.startMs()) + ", before the cue at line "
					+ previous.line() + " ends (" + CueTimes.format(previous.endMs()) + "): cues overlap.");
		}
		Cue cue = new Cue(line, times.startMs(), times.endMs(), text.speaker(), text.text());
		cues.add(cue);
		previous = cue;
		return true;
	}

	void error(int line, String message) {
		errors.add(new SubtitleError(line, message));
	}

	/** @throws SubtitleParseException with every error found, or when the file holds no cue at all */
	List<Cue> cues() {
		if (errors.isEmpty() && cues.isEmpty()) {
			error(0, "The file has no cues.");
		}
		if (!errors.isEmpty()) {
			throw new SubtitleParseException(errors);
		}
		return List.copyOf(cues);
	}

	boolean isEmpty() {
		return cues.isEmpty();
	}

	/** Appends a stray block to the last cue's text (SRT files with a blank line inside a cue's text). */
	void continueLast(String more) {
		Cue last = cues.removeLast();
		CuePayload extra = CuePayload.of(more);
		Cue longer = new Cue(last.line(), last.startMs(), last.endMs(), last.speaker(), (last.text() + " " + extra.text()).strip());
		cues.add(longer);
		previous = longer;
	}

	private static String shorten(String text) {
		String line = text.strip();
		return line.length() <= 60 ? line : line.substring(0, 59) + "…";
	}
}
