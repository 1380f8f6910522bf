package com.growthhub.masterclasses.internal.transcripts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A cue's timing line, {@code start --> end} followed by WebVTT cue settings or SRT coordinates. Hours are optional
 * (WebVTT allows {@code mm:ss.ttt}); the milliseconds take a dot (WebVTT) or a comma (SRT), and each format's files in
 * the wild use the other's, so both are read in both.
 */
record CueTimes(long startMs, long endMs) {

	private static final String TIME = "(?:(\\d{1,3}):)?([0-5]\\d):([0-5]\\d)[.,](\\d{3})";

	private static final Pattern LINE = Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(?:[ \\t].*)?$");

	static boolean isTimingLine(String line) {
		return line.contains("-->");
	}

	/** The times of a timing line; null when the line is not one (the caller reports it with its line number). */
	static @Nullable CueTimes parse(String line) {
		Matcher m = LINE.matcher(line);
		if (!m.matches()) {
			return null;
		}
		return new CueTimes(millis(m, 1), millis(m, 5));
	}

	static String format(long ms) {
		return "%02d:%02d:%02d.%03d".formatted(ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
	}

	private static long millis(Matcher m, int first) {
		String hours = m.group(first);
		return (hours == null ? 0 : Long.parseLong(hours)) * 3_600_000 + Long.parseLong(m.group(first + 1)) * 60_000
				+ Long.parseLong(m.group(first + 2)) * 1000 + Long.parseLong(m.group(first + 3));
	}
}
