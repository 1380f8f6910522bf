package com.growthhub.contacts.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what a person typed into a full-text query in which every word may also be any word of the
 * organization's dictionary ({@code contact_search_words}) within 1 edit (words of 3 letters) or 2
 * edits (longer words), and the last typed form also matches as a prefix: "jhon smi" becomes
 * {@code (jhon:* | john | joan) & (smi:* | …)}.
 */
@Component
class TypoTolerantQuery {

	static final int MAX_WORDS = 6;
	static final int ALTERNATIVES = 5;

	private final JdbcClient jdbc;

	TypoTolerantQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Must run inside a transaction of the organization (row-level security). */
	String query(UUID organization, String typed) {
		List<String> words = new ArrayList<>();
		for (String word : typed.toLowerCase(java.util.Locale.ROOT).split("(?U)[^\\p{Alnum}]+")) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		if (words.isEmpty()) {
			throw InvalidContactException.field("q", "must contain letters or digits");
		}
		List<String> parts = new ArrayList<>();
		for (String word : words) {
			Set<String> alternatives = new LinkedHashSet<>();
			alternatives.add(word + ":*");
			if (word.length() >= 3) {
				int distance = word.length() == 3 ? 1 : 2;
				alternatives.addAll(jdbc.sql("""
						select word from contact_search_words
						where organization_id = ? and word <> ? and length(word) between ? and ?
						  and levenshtein_less_equal(word, ?, ?) <= ?
						order by levenshtein(word, ?), word limit ?
						""")
					.params(organization, word, word.length() - distance, word.length() + distance, word, distance, distance,
							word, ALTERNATIVES)
					.query(String.class)
					.list());
			}
			parts.add("(" + String.join(" | ", alternatives) + ")");
		}
		return String.join(" & ", parts);
	}
}
