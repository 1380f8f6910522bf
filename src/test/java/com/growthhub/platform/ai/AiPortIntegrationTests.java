package com.growthhub.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;

/** The whole application starts without any AI settings (Spring AI wants no key) and the rules answer. */
class AiPortIntegrationTests extends IdentityTestSupport {

	@Autowired
	TextClassifier classifier;

	@Autowired
	TextDrafter drafter;

	@Test
	void aFreshInstallClassifiesAndDraftsWithTheBuiltInRules() {
		Classification answer = classifier.classify("Please send a quote for 20 seats",
				List.of(new ClassLabel("lead", "wants to buy", List.of("quote", "pricing"), List.of()),
						new ClassLabel("other", "anything else", List.of(), List.of())));

		assertThat(answer.label()).isEqualTo("lead");
		assertThat(answer.source()).isEqualTo(Classification.RULES);
		assertThat(drafter.draft("Hello {{name}}", Map.of("name", "Ada")).text()).isEqualTo("Hello Ada");
	}
}
