package com.growthhub.masterclasses.internal.transcripts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A cue's text as a reader sees it, and its speaker: a WebVTT voice tag ({@code <v Ada>}, {@code <v.loud Ada Lovelace>})
 * or a leading "Name: " names the speaker; markup (WebVTT's class, italic, bold, ruby, timestamp tags, SRT's
 * {@code <font>} and ASS {@code {\an8}} overrides) is dropped and the few character references WebVTT defines decoded.
 * A "Name: " prefix counts only as one to four capitalised words, so "Note: …" inside a sentence stays text.
 */
record CuePayload(@Nullable String speaker, String text) {

	private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]{1,200})>");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z0-9.:_ \\t\\-'\"=#]*>|<\\d[\\d:.]*>|\\{\\\\[^}]*}");

	private static final Pattern PREFIX = Pattern
		.compile("^(?:>>\\s*|-\\s*)?(\\p{Lu}[\\p{L}\\p{M}.'\\-]*(?:[ ]\\p{Lu}[\\p{L}\\p{M}.'\\-]*){0,3}):[ \\t]+(\\S.*)$",
				Pattern.DOTALL);

	static CuePayload of(String raw) {
		String speaker = null;
		Matcher voice = VOICE.matcher(raw);
		if (voice.find()) {
			speaker = clean(voice.group(1));
		}
		String text = clean(TAG.matcher(raw).replaceAll(""));
		if (speaker == null || speaker.isEmpty()) {
			speaker = null;
			Matcher prefix = PREFIX.matcher(text);
			if (prefix.matches() && !prefix.group(1).matches("(?i)note|warning|tip|update|ps|p\\.s\\.")) {
				speaker = prefix.group(1);
				text = prefix.group(2).strip();
			}
		}
		return new CuePayload(speaker, text);
	}

	private static String clean(String text) {
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&nbsp;", " ")
			.replace("&lrm;", "")
			.replace("&rlm;", "")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
	}
}
