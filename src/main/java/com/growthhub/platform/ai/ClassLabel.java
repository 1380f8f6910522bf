package com.growthhub.platform.ai;

import java.util.List;

/** A label with its own rules for the built-in classifier (keywords and regex patterns, case-insensitive). */
public record ClassLabel(String key, String description, List<String> keywords, List<String> patterns) {

	public ClassLabel {
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		patterns = patterns == null ? List.of() : List.copyOf(patterns);
	}
}
