package com.growthhub.calls.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.growthhub.calls.internal.CallFilter;

/** The inbox's filter fields as the page sends them, and the query string that keeps them across pages and calls. */
record CallFilterForm(@Nullable String category, @Nullable String rating, @Nullable String from, @Nullable String to,
		@Nullable String source, @Nullable String reviewed, @Nullable String q) {

	CallFilter toFilter() {
		return CallFilter.parse(category, rating, from, to, source, null, reviewed, q);
	}

	/** "?category=warm&…", or "" without filters. */
	String query() {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("category", category);
		fields.put("rating", rating);
		fields.put("from", from);
		fields.put("to", to);
		fields.put("source", source);
		fields.put("reviewed", reviewed);
		fields.put("q", q);
		String joined = fields.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return joined.isEmpty() ? "" : "?" + joined;
	}

	/** A query string sent back by a form, kept only when it is one of ours (no other path, no fragment). */
	static String safeQuery(String query) {
		return query.startsWith("?") && query.matches("\\?[A-Za-z0-9_.~%&=+-]*") ? query : "";
	}
}
