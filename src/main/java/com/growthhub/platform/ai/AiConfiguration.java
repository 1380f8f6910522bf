package com.growthhub.platform.ai;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the model or the built-in rules once, at start, from {@link AiSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AiSettings.class)
class AiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AiConfiguration.class);

	@Bean
	TextClassifier textClassifier(AiSettings settings, ObjectProvider<Clock> clock) {
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		RuleClassifier rules = new RuleClassifier(time);
		if (!settings.configured()) {
			log.info("AI: no GROWTHHUB_AI_BASE_URL/_API_KEY/_MODEL, the built-in rules classify and draft");
			return rules;
		}
		log.info("AI: classifying and drafting with {} at {}", settings.model(), settings.redact(settings.baseUrl()));
		return new ModelClassifier(new ChatCompletions(settings), rules, settings, time);
	}

	@Bean
	TextDrafter textDrafter(AiSettings settings, ObjectProvider<Clock> clock) {
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		TemplateDrafter templates = new TemplateDrafter(time);
		return settings.configured() ? new ModelDrafter(new ChatCompletions(settings), templates, settings, time)
				: templates;
	}
}
