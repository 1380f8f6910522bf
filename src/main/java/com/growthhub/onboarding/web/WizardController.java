package com.growthhub.onboarding.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.identity.ClientActivation;
import com.growthhub.identity.CurrentUser;
import com.growthhub.onboarding.internal.OnboardingLinkException;
import com.growthhub.onboarding.internal.OnboardingProfile;
import com.growthhub.onboarding.internal.OnboardingStep;
import com.growthhub.onboarding.internal.OnboardingWizard;
import com.growthhub.platform.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's wizard: {@code /onboarding/{token}} (public) opens the profile step, where the password is set; then
 * {@code /onboarding/me} (signed in) shows the other steps, resuming at the first unfinished one.
 */
@Controller
class WizardController {

	private final OnboardingWizard wizard;
	private final ClientActivation activation;

	WizardController(OnboardingWizard wizard, ClientActivation activation) {
		this.wizard = wizard;
		this.activation = activation;
	}

	@GetMapping("/onboarding/{token}")
	String link(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("profile", wizard.open(token));
			model.addAttribute("token", token);
		}
		catch (OnboardingLinkException ex) {
			response.setStatus(ex.getStatusCode().value());
			model.addAttribute("refused", ex.state().key());
		}
		return "onboarding/link";
	}

	@PostMapping("/onboarding/{token}")
	String activate(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String password = form.getFirst("password") == null ? "" : form.getFirst("password");
		try {
			wizard.activate(token, FormAnswers.of(OnboardingStep.PROFILE, form).answers(),
					userId -> activation.activateInBrowser(userId, password, request, response));
		}
		catch (OnboardingLinkException ex) {
			response.setStatus(ex.getStatusCode().value());
			model.addAttribute("refused", ex.state().key());
			return "onboarding/link";
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("problem", ex.getBody().getDetail());
			model.addAttribute("values", form.toSingleValueMap());
			return link(token, model, response);
		}
		return "redirect:/onboarding/me";
	}

	@GetMapping("/onboarding/me")
	String wizard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String step,
			Model model) {
		OnboardingProfile profile = wizard.mine(user);
		if (profile.completed()) {
			model.addAttribute("profile", profile);
			return "onboarding/done";
		}
		return page(profile, step, model);
	}

	@PostMapping("/onboarding/me/steps/{step}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		OnboardingStep known = OnboardingStep.fromKey(step).orElseThrow(() -> NotFoundException.of("Onboarding step"));
		try {
			wizard.saveMine(user, step, FormAnswers.of(known, form).answers());
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("problem", ex.getBody().getDetail());
			return page(wizard.mine(user), step, model);
		}
		return "redirect:/onboarding/me";
	}

	@PostMapping("/onboarding/me/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			model.addAttribute("profile", wizard.complete(user));
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("problem", ex.getBody().getDetail());
			return page(wizard.mine(user), null, model);
		}
		model.addAttribute("celebrate", true);
		return "onboarding/done";
	}

	private String page(OnboardingProfile profile, @Nullable String step, Model model) {
		String shown = step != null && profile.steps().contains(step) ? step : profile.currentStep();
		model.addAttribute("profile", profile);
		model.addAttribute("step", shown == null ? null : OnboardingStep.fromKey(shown).orElseThrow());
		model.addAttribute("answers", shown == null ? Map.of() : profile.answersOf(shown));
		model.addAttribute("credentials", wizard.credentials(profile));
		return "onboarding/wizard";
	}
}
