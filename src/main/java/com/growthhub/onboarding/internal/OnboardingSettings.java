package com.growthhub.onboarding.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.onboarding.*}.
 *
 * @param linkValidity how long an invitation link works
 * @param reminderBefore how long before a link expires its reminder email goes out
 * @param reminderInterval how often the reminder job looks for links about to expire
 * @param clientTypes the wizard of each client type (a key such as {@code medical}); others get {@code defaultPlan}
 */
@ConfigurationProperties("growthhub.onboarding")
public record OnboardingSettings(@DefaultValue("P7D") Duration linkValidity, @DefaultValue("P2D") Duration reminderBefore,
		@DefaultValue("PT10M") Duration reminderInterval, @DefaultValue Map<String, Plan> clientTypes,
		@DefaultValue Plan defaultPlan) {

	/**
	 * The steps of a client type, in wizard order, and those that must be done. Unknown keys are ignored; the profile
	 * step is always there, first and required, since it is where the password is set.
	 */
	public record Plan(@DefaultValue({ "profile", "services", "brand", "website", "ga4", "google_ads", "meta",
			"forms" }) List<String> steps, @DefaultValue({ "profile", "services" }) List<String> required) {

		List<String> orderedSteps() {
			List<String> ordered = new ArrayList<>(List.of(OnboardingStep.PROFILE.key()));
			steps.stream().map(String::strip).filter(key -> OnboardingStep.fromKey(key).isPresent())
				.filter(key -> !ordered.contains(key)).forEach(ordered::add);
			return List.copyOf(ordered);
		}

		List<String> requiredSteps() {
			List<String> ordered = orderedSteps();
			return ordered.stream()
				.filter(key -> key.equals(OnboardingStep.PROFILE.key()) || required.stream().map(String::strip).toList().contains(key))
				.toList();
		}
	}

	Plan plan(String clientType) {
		return clientTypes.getOrDefault(clientType, defaultPlan);
	}
}
