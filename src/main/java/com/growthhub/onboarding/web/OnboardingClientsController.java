package com.growthhub.onboarding.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.NewClientAccount;
import com.growthhub.onboarding.internal.BrandAssets;
import com.growthhub.onboarding.internal.ClientOnboarding;
import com.growthhub.onboarding.internal.OnboardingProfile;
import com.growthhub.onboarding.internal.OnboardingWizard;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The agency's pages: create a client, the clients with their progress, one client step by step. */
@Controller
class OnboardingClientsController {

	private final ClientOnboarding onboarding;
	private final OnboardingWizard wizard;
	private final BrandAssets brandAssets;

	OnboardingClientsController(ClientOnboarding onboarding, OnboardingWizard wizard, BrandAssets brandAssets) {
		this.onboarding = onboarding;
		this.wizard = wizard;
		this.brandAssets = brandAssets;
	}

	record ClientForm(String name, String clientType, String contactName, String contactEmail, String services) {

		static ClientForm empty() {
			return new ClientForm("", "", "", "", "");
		}

		NewClientAccount toAccount() {
			List<String> list = Arrays.stream(services == null ? new String[0] : services.split(","))
				.map(String::strip).filter(service -> !service.isEmpty()).toList();
			return new NewClientAccount(text(name), text(clientType), list, text(contactName), text(contactEmail));
		}

		private static String text(String value) {
			return value == null ? "" : value;
		}
	}

	/** A client's portal links here too: their own wizard is what they mean. */
	@GetMapping("/onboarding")
	String list(OrganizationId organization, Actor actor, Model model) {
		if (wizard.isClient(organization, actor)) {
			return "redirect:/onboarding/me";
		}
		model.addAttribute("clients", onboarding.list(organization, actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ClientForm.empty());
		}
		return "onboarding/clients";
	}

	@PostMapping("/onboarding/clients")
	String create(OrganizationId organization, Actor actor, @ModelAttribute("form") ClientForm form, Model model) {
		try {
			OnboardingProfile profile = onboarding.create(organization, actor, form.toAccount());
			return "redirect:/onboarding/clients/" + profile.id() + "?created";
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("problem", ex.getBody().getDetail());
			return list(organization, actor, model);
		}
	}

	@GetMapping("/onboarding/clients/{id}")
	String client(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		ClientOnboarding.Progress progress = onboarding.progress(organization, actor, id);
		model.addAttribute("progress", progress);
		model.addAttribute("brandFiles", brandAssets.of(progress.profile()));
		return "onboarding/client";
	}

	/** Through a signed link that works for a few minutes, after the same checks as the client's page. */
	@GetMapping("/onboarding/clients/{id}/brand/{assetId}")
	String brandFile(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID assetId) {
		onboarding.progress(organization, actor, id);
		return "redirect:" + brandAssets.link(organization, id, assetId);
	}

	@PostMapping("/onboarding/clients/{id}/invitation")
	String resend(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			onboarding.resendInvitation(organization, actor, id);
			redirect.addFlashAttribute("notice", "onboarding.invitation.sent");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/onboarding/clients/" + id;
	}

	/** Answered on the page itself, never through a redirect: the secret must not sit in the session's flash map. */
	@PostMapping("/onboarding/clients/{id}/credentials/{credentialId}/reveal")
	String reveal(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID credentialId,
			Model model) {
		model.addAttribute("revealedId", credentialId);
		model.addAttribute("revealed", onboarding.reveal(organization, actor, id, credentialId));
		return client(organization, actor, id, model);
	}
}
