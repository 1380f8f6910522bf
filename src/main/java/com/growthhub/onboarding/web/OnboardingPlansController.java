package com.growthhub.onboarding.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.onboarding.internal.OnboardingPlans;
import com.growthhub.onboarding.internal.OnboardingStep;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The agency's onboarding steps per client type: shown or not, required or not, one form per type. */
@Controller
class OnboardingPlansController {

	private final OnboardingPlans plans;

	OnboardingPlansController(OnboardingPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/settings/onboarding")
	String page(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("plans", plans.list(organization, actor));
		model.addAttribute("steps", OnboardingStep.keys());
		return "onboarding/plans";
	}

	/** {@code show.<step>} and {@code require.<step>} checkboxes for each step of the client type. */
	@PostMapping("/settings/onboarding")
	String save(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String clientType,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<String> shown = OnboardingStep.keys().stream().filter(step -> form.containsKey("show." + step)).toList();
		List<String> required = OnboardingStep.keys().stream().filter(step -> form.containsKey("require." + step)).toList();
		try {
			plans.save(organization, actor, clientType, shown, required);
			redirect.addFlashAttribute("notice", "onboarding.plans.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/onboarding";
	}

	@PostMapping("/settings/onboarding/{clientType}/reset")
	String reset(OrganizationId organization, Actor actor, @PathVariable String clientType, RedirectAttributes redirect) {
		try {
			plans.reset(organization, actor, clientType);
			redirect.addFlashAttribute("notice", "onboarding.plans.reset");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/onboarding";
	}
}
