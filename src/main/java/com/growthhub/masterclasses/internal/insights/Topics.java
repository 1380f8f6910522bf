package com.growthhub.masterclasses.internal.insights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The most frequent meaningful terms of a class's chat and transcript: words of three letters or more, apostrophes
 * dropped ("don't" is "dont"), minus the English stop words of {@code masterclasses/stopwords-en.txt}. Plain counting,
 * no stemming: the terms are shown as said.
 */
final class Topics {

	static final int SHOWN = 12;

	private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

	private static final Set<String> STOP_WORDS = load();

	private Topics() {
	}

	static List<InsightFigures.Topic> of(List<String> texts) {
		Map<String, Integer> counts = new HashMap<>();
		for (String text : texts) {
			for (String word : WORD.split(text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))) {
				if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
					counts.merge(word, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet().stream()
			.filter(e -> e.getValue() >= 2)
			.sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
			.limit(SHOWN)
			.map(e -> new InsightFigures.Topic(e.getKey(), e.getValue()))
			.toList();
	}

	static boolean isStopWord(String word) {
		return STOP_WORDS.contains(word);
	}

	private static Set<String> load() {
		try (InputStream in = Topics.class.getResourceAsStream("/masterclasses/stopwords-en.txt")) {
			if (in == null) {
				throw new IllegalStateException("masterclasses/stopwords-en.txt is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#"))
				.flatMap(line -> Arrays.stream(line.strip().split("\\s+")))
				.filter(word -> !word.isEmpty())
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new IllegalStateException("masterclasses/stopwords-en.txt cannot be read", e);
		}
	}
}
