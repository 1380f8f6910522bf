package com.growthhub.onboarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * A client's onboarding as the agency ({@code agency}) keeps it.
 *
 * @param answers step key → that step's answers, secrets left out
 */
public record OnboardingProfile(UUID id, OrganizationId agency, OrganizationId clientAccount, UUID clientUserId,
		String accountName, String clientType, String contactName, String contactEmail, List<String> offeredServices,
		List<String> steps, List<String> requiredSteps, Map<String, Map<String, Object>> answers,
		List<String> completedSteps, @Nullable Instant activatedAt, @Nullable Instant completedAt, Instant createdAt) {

	/** Where the wizard resumes: the first step not done yet; null when every step is done. */
	public @Nullable String currentStep() {
		return steps.stream().filter(step -> !completedSteps.contains(step)).findFirst().orElse(null);
	}

	public List<String> missingRequiredSteps() {
		return requiredSteps.stream().filter(step -> !completedSteps.contains(step)).toList();
	}

	public boolean completed() {
		return completedAt != null;
	}

	public Map<String, Object> answersOf(String step) {
		return answers.getOrDefault(step, Map.of());
	}

	public int percentDone() {
		return steps.isEmpty() ? 0 : (int) Math.round(100.0 * completedSteps.size() / steps.size());
	}
}
