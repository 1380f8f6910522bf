package com.growthhub.contacts.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.internal.InvalidContactException;

/**
 * Turns what a person typed (folded like the stored text: no accents, lower case) into a full-text query in
 * which every word may also be the nearest words of the organization's dictionary ({@code contact_search_words}),
 * and the typed form also matches as a prefix: "jhon smi" becomes {@code (jhon:* | john) & (smi:*)}.
 * <p>
 * Distance is counted as people make typos: a swap of two neighbouring letters is one edit (optimal
 * string alignment), words of 3 to 5 letters allow 1 edit, longer words 2, shorter words none. Only
 * the nearest dictionary words are kept, and none when the typed word is itself in the dictionary:
 * "garica" means Garcia, not also Maria two edits away, and "maria" means Maria. Fewer alternatives
 * make better matches and smaller match sets to sort.
 */
@Component
class TypoTolerantQuery {

	static final int MAX_WORDS = 6;
	static final int ALTERNATIVES = 5;
	private static final int CANDIDATES = 50;

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
			alternatives.addAll(nearest(organization, word));
			parts.add("(" + String.join(" | ", alternatives) + ")");
		}
		return String.join(" & ", parts);
	}

	static int allowedEdits(String word) {
		return word.length() < 3 ? 0 : word.length() <= 5 ? 1 : 2;
	}

	private List<String> nearest(UUID organization, String word) {
		int allowed = allowedEdits(word);
		if (allowed == 0) {
			return List.of();
		}
		// Levenshtein counts a swap as 2 edits, so the database pre-selects within allowed + 1 and the
		// swap-aware distance decides.
		int bound = allowed + 1;
		List<String> candidates = jdbc.sql("""
				select word from contact_search_words
				where organization_id = ? and length(word) between ? and ?
				  and levenshtein_less_equal(word, ?, ?) <= ?
				order by levenshtein(word, ?), word limit ?
				""")
			.params(organization, word.length() - bound, word.length() + bound, word, bound, bound, word, CANDIDATES)
			.query(String.class)
			.list();
		return closest(word, candidates, allowed);
	}

	/** The candidates at the smallest distance within {@code allowed}; none if the word itself is among them. */
	static List<String> closest(String word, List<String> candidates, int allowed) {
		int best = Integer.MAX_VALUE;
		List<String> closest = new ArrayList<>();
		for (String candidate : candidates) {
			int distance = distance(word, candidate);
			if (distance > allowed) {
				continue;
			}
			if (distance < best) {
				best = distance;
				closest.clear();
			}
			if (distance == best && closest.size() < ALTERNATIVES) {
				closest.add(candidate);
			}
		}
		return best == 0 ? List.of() : closest;
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
