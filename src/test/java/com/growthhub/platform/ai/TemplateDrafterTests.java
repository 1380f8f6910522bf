package com.growthhub.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateDrafterTests {

	private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

	private final TemplateDrafter drafter = new TemplateDrafter(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void fillsTheFactsIntoTheInstructions() {
		Draft draft = drafter.draft("Thank {{name}} for asking about {{ product }}.",
				Map.of("name", "Ada", "product", "the Pro plan"));

		assertThat(draft.text()).isEqualTo("Thank Ada for asking about the Pro plan.");
		assertThat(draft.source()).isEqualTo("rules");
		assertThat(draft.at()).isEqualTo(NOW);
	}

	@Test
	void leavesAPlaceholderWithoutAFactVisible() {
		assertThat(drafter.draft("Dear {{name}}, your {{ticket}}", Map.of("name", "Bo")).text())
			.isEqualTo("Dear Bo, your {{ticket}}");
	}

	@Test
	void takesFactsLiterallyEvenWithDollarSignsAndBackslashes() {
		assertThat(drafter.draft("Total: {{amount}}", Map.of("amount", "$5 \\ net")).text())
			.isEqualTo("Total: $5 \\ net");
	}
}
