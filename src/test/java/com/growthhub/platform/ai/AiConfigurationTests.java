package com.growthhub.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Without the three variables the rules answer and nothing asks for a key; with them the model answers. */
class AiConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(AiConfiguration.class);

	@Test
	void withoutSettingsTheBuiltInRulesAnswer() {
		context.run(started -> {
			assertThat(started).hasNotFailed();
			assertThat(started.getBean(TextClassifier.class)).isInstanceOf(RuleClassifier.class);
			assertThat(started.getBean(TextDrafter.class)).isInstanceOf(TemplateDrafter.class);
		});
	}

	@Test
	void aKeyWithoutAModelStillMeansRules() {
		context.withPropertyValues("growthhub.ai.base-url=http://127.0.0.1:9/v1", "growthhub.ai.api-key=sk-x")
			.run(started -> assertThat(started.getBean(TextClassifier.class)).isInstanceOf(RuleClassifier.class));
	}

	@Test
	void withAllThreeTheModelAnswers() {
		context.withPropertyValues("growthhub.ai.base-url=http://127.0.0.1:9/v1", "growthhub.ai.api-key=sk-x",
				"growthhub.ai.model=gpt-4o-mini")
			.run(started -> {
				assertThat(started.getBean(TextClassifier.class)).isInstanceOf(ModelClassifier.class);
				assertThat(started.getBean(TextDrafter.class)).isInstanceOf(ModelDrafter.class);
			});
	}
}
