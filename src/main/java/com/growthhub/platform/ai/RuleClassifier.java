package com.growthhub.platform.ai;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in classifier: each label scores one point per keyword found (as a whole word or phrase) and two per
 * pattern that matches, patterns being the more specific rule. The best score wins; its confidence grows with the
 * number of hits and with the margin over the runner-up ({@code top/(top+1) × (½ + ½·margin/top)}), so one stray
 * keyword or a tie never reads as certain. With no hit at all the label {@code other} (or else the last label)
 * answers with the confidence of a guess.
 */
class RuleClassifier implements TextClassifier {

	private static final Logger log = LoggerFactory.getLogger(RuleClassifier.class);

	private static final String FALLBACK_KEY = "other";

	private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

	private final Clock clock;

	RuleClassifier(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Classification classify(String text, List<ClassLabel> labels) {
		if (labels.isEmpty()) {
			throw new IllegalArgumentException("at least one label is needed");
		}
		String read = AiLimits.head(text);
		List<Scored> scores = labels.stream().map(label -> new Scored(label, score(read, label)))
			.sorted(Comparator.comparingInt(Scored::score).reversed())
			.toList();
		Scored top = scores.getFirst();
		String summary = AiLimits.firstLine(read);
		if (top.score() == 0) {
			ClassLabel fallback = labels.stream().filter(l -> FALLBACK_KEY.equals(l.key())).findFirst()
				.orElse(labels.getLast());
			return new Classification(fallback.key(), round(1.0 / labels.size()), summary, Classification.RULES,
					clock.instant());
		}
		int runnerUp = scores.size() > 1 ? scores.get(1).score() : 0;
		double strength = top.score() / (top.score() + 1.0);
		double margin = (top.score() - runnerUp) / (double) top.score();
		return new Classification(top.label().key(), round(strength * (0.5 + 0.5 * margin)), summary,
				Classification.RULES, clock.instant());
	}

	int score(String text, ClassLabel label) {
		int score = 0;
		for (String keyword : label.keywords()) {
			if (!keyword.isBlank() && pattern("\\b" + Pattern.quote(keyword.strip().toLowerCase(Locale.ROOT)) + "\\b")
				.matcher(text).find()) {
				score += 1;
			}
		}
		for (String rule : label.patterns()) {
			Pattern pattern = pattern(rule);
			if (pattern != NEVER && pattern.matcher(text).find()) {
				score += 2;
			}
		}
		return score;
	}

	private static final Pattern NEVER = Pattern.compile("(?!)");

	private Pattern pattern(String regex) {
		return compiled.computeIfAbsent(regex, r -> {
			try {
				return Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			}
			catch (PatternSyntaxException e) {
				log.warn("Ignoring a classifier pattern that is not a valid regular expression: {}", e.getDescription());
				return NEVER;
			}
		});
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private record Scored(ClassLabel label, int score) {
	}
}
