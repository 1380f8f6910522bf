package com.growthhub.platform.ai;

/** Bounds on what the port reads, so a huge submission costs neither a huge prompt nor a slow regex scan. */
final class AiLimits {

	static final int MAX_TEXT = 20_000;

	static final int MAX_SUMMARY = 160;

	private AiLimits() {
	}

	static String head(String text) {
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

	/** The first non-blank line, shortened to a summary's length. */
	static String firstLine(String text) {
		String line = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
		return shorten(line);
	}

	static String shorten(String line) {
		String single = line.replaceAll("\\s+", " ").strip();
		return single.length() <= MAX_SUMMARY ? single : single.substring(0, MAX_SUMMARY - 1).strip() + "…";
	}
}
