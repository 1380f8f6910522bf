package com.growthhub.media.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Tags are short lower-case words: "Team Dinner " and "team dinner" are one tag. At most 20 per item. */
final class MediaTags {

	static final int MAX = 20;
	static final int MAX_LENGTH = 40;

	private MediaTags() {
	}

	static String clean(String tag) {
		return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** Cleaned, blanks dropped, repeats removed, in the order given. */
	static List<String> clean(Collection<String> tags) {
		return tags.stream().map(MediaTags::clean).filter(tag -> !tag.isEmpty()).distinct().toList();
	}

	/** A comma-separated list as a form sends it. */
	static List<String> parse(String text) {
		return clean(List.of(text.split(",")));
	}
}
