package com.growthhub.onboarding.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.ClientActivation;
import com.growthhub.onboarding.internal.OnboardingProfile;
import com.growthhub.onboarding.internal.OnboardingWizard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;

/** The token of the invitation link is the credential here: 404 unknown, 410 used, replaced or expired. */
@RestController
@RequestMapping("/api/v1/public/onboarding/{token}")
@Tag(name = "Onboarding (public)", description = "The onboarding wizard through the invitation link, until the client "
		+ "sets a password with activate")
class PublicOnboardingApiController {

	private final OnboardingWizard wizard;
	private final ClientActivation activation;

	PublicOnboardingApiController(OnboardingWizard wizard, ClientActivation activation) {
		this.wizard = wizard;
		this.activation = activation;
	}

	record ActivateRequest(@Nullable String password, @Nullable String name, @Nullable String phone,
			@Nullable Object communicationPreferences) {

		Map<String, Object> profile() {
			Map<String, Object> answers = new java.util.HashMap<>();
			answers.put("name", name);
			answers.put("phone", phone);
			answers.put("communicationPreferences", communicationPreferences);
			return answers;
		}
	}

	record Activated(String accessToken, String refreshToken, long expiresIn, OnboardingResponse onboarding) {
	}

	@GetMapping
	@Operation(summary = "The onboarding an invitation link opens, step by step")
	OnboardingResponse show(@PathVariable String token) {
		OnboardingProfile profile = wizard.open(token);
		return OnboardingResponse.of(profile, wizard.credentials(profile));
	}

	@PostMapping("/steps/{step}")
	@Operation(summary = "Save one step through the link (not the profile step: activate saves it)")
	OnboardingResponse save(@PathVariable String token, @PathVariable String step,
			@RequestBody @NotNull Map<String, Object> answers) {
		OnboardingProfile profile = wizard.save(token, step, answers);
		return OnboardingResponse.of(profile, wizard.credentials(profile));
	}

	@PostMapping("/activate")
	@Operation(summary = "Step 1: save the profile and set the password; the link is consumed, the email verified, and "
			+ "the answer carries tokens to continue signed in")
	Activated activate(@PathVariable String token, @RequestBody @NotNull ActivateRequest body,
			HttpServletRequest request) {
		String password = body.password() == null ? "" : body.password();
		OnboardingWizard.Activated<ClientActivation.ApiSession> activated = wizard.activate(token, body.profile(),
				userId -> activation.activateForApi(userId, password, request.getRemoteAddr(),
						request.getHeader("User-Agent")));
		ClientActivation.ApiSession session = activated.session();
		return new Activated(session.accessToken(), session.refreshToken(), session.expiresIn(),
				OnboardingResponse.of(activated.profile(), wizard.credentials(activated.profile())));
	}
}
