package com.growthhub.onboarding.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.onboarding.internal.OnboardingCredentials;
import com.growthhub.onboarding.internal.OnboardingProfile;

/**
 * A client's onboarding as the API answers it, step by step; credentials only masked.
 *
 * @param id the client account's onboarding (the id of {@code /api/v1/onboarding/clients/{id}})
 * @param currentStep where the wizard resumes; absent when every step is done
 */
record OnboardingResponse(UUID id, UUID clientAccountId, String accountName, String clientType, String contactName,
		String contactEmail, List<String> offeredServices, List<Step> steps, @Nullable String currentStep,
		int percentDone, @Nullable Instant activatedAt, @Nullable Instant completedAt, Instant createdAt,
		List<Credential> credentials) {

	record Step(String key, boolean required, boolean completed, Map<String, Object> answers) {
	}

	/** @param masked the last characters of the secret behind a mask, e.g. {@code ••••f00d} */
	record Credential(UUID id, String step, String field, String masked) {
	}

	static OnboardingResponse of(OnboardingProfile profile, List<OnboardingCredentials.MaskedCredential> credentials) {
		List<Step> steps = profile.steps()
			.stream()
			.map(step -> new Step(step, profile.requiredSteps().contains(step), profile.completedSteps().contains(step),
					profile.answersOf(step)))
			.toList();
		return new OnboardingResponse(profile.id(), profile.clientAccount().value(), profile.accountName(),
				profile.clientType(), profile.contactName(), profile.contactEmail(), profile.offeredServices(), steps,
				profile.currentStep(), profile.percentDone(), profile.activatedAt(), profile.completedAt(),
				profile.createdAt(), credentials.stream()
					.map(credential -> new Credential(credential.id(), credential.step(), credential.field(),
							credential.masked()))
					.toList());
	}
}
