package com.growthhub.onboarding.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.ClientActivation;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;
import com.growthhub.onboarding.internal.BrandAssets;
import com.growthhub.onboarding.internal.OnboardingLinkException;
import com.growthhub.onboarding.internal.OnboardingProfile;
import com.growthhub.onboarding.internal.OnboardingStep;
import com.growthhub.onboarding.internal.OnboardingWizard;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.RefusedAction;

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
	private final BrandAssets brandAssets;

	WizardController(OnboardingWizard wizard, ClientActivation activation, BrandAssets brandAssets) {
		this.wizard = wizard;
		this.activation = activation;
		this.brandAssets = brandAssets;
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
					userId -> {
						activation.activateInBrowser(userId, password, request, response);
						return userId;
					});
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
	String wizard(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String step,
			Model model) {
		OnboardingProfile profile = wizard.mine(organization, actor);
		if (profile.completed()) {
			model.addAttribute("profile", profile);
			return "onboarding/done";
		}
		return page(profile, step, model);
	}

	@PostMapping("/onboarding/me/steps/{step}")
	String save(OrganizationId organization, Actor actor, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		OnboardingStep known = OnboardingStep.fromKey(step).orElseThrow(() -> NotFoundException.of("Onboarding step"));
		try {
			wizard.saveMine(organization, actor, step, FormAnswers.of(known, form).answers());
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("problem", ex.getBody().getDetail());
			return page(wizard.mine(organization, actor), step, model);
		}
		return "redirect:/onboarding/me";
	}

	@PostMapping("/onboarding/me/brand/files")
	String upload(OrganizationId organization, Actor actor, @RequestParam String kind, @RequestParam MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = file.getInputStream()) {
			brandAssets.add(organization, actor, kind, content, file.getOriginalFilename());
			redirect.addFlashAttribute("notice", "onboarding.brand.uploaded");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/onboarding/me?step=brand";
	}

	@PostMapping("/onboarding/me/complete")
	String complete(OrganizationId organization, Actor actor, Model model) {
		try {
			model.addAttribute("profile", wizard.complete(organization, actor));
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("problem", ex.getBody().getDetail());
			return page(wizard.mine(organization, actor), null, model);
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
		model.addAttribute("brandFiles", "brand".equals(shown) ? brandAssets.of(profile) : java.util.List.of());
		return "onboarding/wizard";
	}
}
