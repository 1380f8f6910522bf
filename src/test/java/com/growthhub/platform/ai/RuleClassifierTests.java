package com.growthhub.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleClassifierTests {

	private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

	private final RuleClassifier classifier = new RuleClassifier(Clock.fixed(NOW, ZoneOffset.UTC));

	private static final List<ClassLabel> LABELS = List.of(
			new ClassLabel("lead", "wants to buy", List.of("pricing", "demo", "quote"), List.of("how much (does|is)")),
			new ClassLabel("spam", "junk", List.of("casino", "crypto"), List.of("https?://\\S+\\.(ru|xyz)\\b")),
			new ClassLabel("support", "existing customer with a problem", List.of("error", "broken", "refund"),
					List.of()),
			new ClassLabel("other", "anything else", List.of(), List.of()));

	@Test
	void picksTheLabelWithMostKeywordAndPatternHits() {
		Classification answer = classifier.classify("Hi! How much does the Pro plan cost? Could we book a demo?",
				LABELS);

		assertThat(answer.label()).isEqualTo("lead");
		// pattern (2) + "demo" (1) = 3, no competitor: 3/4 × (½ + ½·1) = 0.75
		assertThat(answer.confidence()).isEqualTo(0.75);
		assertThat(answer.source()).isEqualTo("rules");
		assertThat(answer.at()).isEqualTo(NOW);
		assertThat(answer.summary()).isEqualTo("Hi! How much does the Pro plan cost? Could we book a demo?");
	}

	@Test
	void matchesKeywordsAndPatternsWhateverTheirCase() {
		assertThat(classifier.classify("WIN BIG at our CASINO: HTTP://lucky.XYZ", LABELS).label()).isEqualTo("spam");
	}

	@Test
	void matchesKeywordsAsWholeWordsOnly() {
		// "errors" is not "error", "demonstrate" is not "demo"
		Classification answer = classifier.classify("We demonstrate no errors here", LABELS);

		assertThat(answer.label()).isEqualTo("other");
	}

	@Test
	void aCloseRunnerUpLowersTheConfidence() {
		Classification clear = classifier.classify("pricing and a quote please", LABELS);
		Classification contested = classifier.classify("pricing and a quote please, the last invoice was an error",
				LABELS);

		assertThat(clear.label()).isEqualTo("lead");
		assertThat(contested.label()).isEqualTo("lead");
		assertThat(contested.confidence()).isLessThan(clear.confidence());
		// 2 vs 1: 2/3 × (½ + ½·½) = 0.5
		assertThat(contested.confidence()).isEqualTo(0.5);
	}

	@Test
	void withNoHitOtherAnswersWithTheConfidenceOfAGuess() {
		Classification answer = classifier.classify("\n\n  Hello there.\nSecond line", LABELS);

		assertThat(answer.label()).isEqualTo("other");
		assertThat(answer.confidence()).isEqualTo(0.25);
		assertThat(answer.summary()).isEqualTo("Hello there.");
	}

	@Test
	void withNoHitAndNoOtherLabelTheLastLabelAnswers() {
		List<ClassLabel> labels = LABELS.subList(0, 3);

		assertThat(classifier.classify("nothing to see", labels).label()).isEqualTo("support");
	}

	@Test
	void anInvalidPatternIsIgnoredRatherThanFailing() {
		List<ClassLabel> labels = List.of(new ClassLabel("odd", "", List.of("hello"), List.of("([unclosed")),
				new ClassLabel("other", "", List.of(), List.of()));

		Classification answer = classifier.classify("hello", labels);

		assertThat(answer.label()).isEqualTo("odd");
		assertThat(answer.confidence()).isEqualTo(0.5);
	}

	@Test
	void summariesAreOneShortLine() {
		String longLine = "word ".repeat(100);

		assertThat(classifier.classify(longLine, LABELS).summary()).hasSizeLessThanOrEqualTo(160).endsWith("…");
	}

	@Test
	void refusesAnEmptyListOfLabels() {
		assertThatIllegalArgumentException().isThrownBy(() -> classifier.classify("text", List.of()));
	}
}
