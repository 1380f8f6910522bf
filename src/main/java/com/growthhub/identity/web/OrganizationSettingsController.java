package com.growthhub.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.internal.Organization;
import com.growthhub.identity.internal.Organizations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.TimeZoneId;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Settings › Organization › General (admins): the organization's name, default currency and time zone. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OrganizationSettingsController {

	private final Organizations organizations;

	OrganizationSettingsController(Organizations organizations) {
		this.organizations = organizations;
	}

	record GeneralForm(@NotBlank @Size(max = 120) String name, @NotNull @CurrencyCode String defaultCurrency,
			@NotNull @TimeZoneId String timeZone) {

		static GeneralForm of(Organization organization) {
			return new GeneralForm(organization.name(), organization.defaultCurrency(), organization.timeZone());
		}
	}

	@GetMapping("/settings/organization")
	String show(OrganizationId organization, Model model) {
		return page(GeneralForm.of(organizations.get(organization)), model);
	}

	@PostMapping("/settings/organization")
	String save(@Valid @ModelAttribute("form") GeneralForm form, BindingResult result, OrganizationId organization,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(form, model);
		}
		organizations.changePreferences(organization, actor, form.defaultCurrency(), form.timeZone());
		organizations.rename(organization, actor, form.name());
		redirect.addFlashAttribute("notice", "settings.organization.saved");
		return "redirect:/settings/organization";
	}

	private static String page(GeneralForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("zones", ZoneChoices.zones());
		model.addAttribute("zoneOffered", form.timeZone() == null || ZoneChoices.offers(form.timeZone()));
		return "identity/settings/organization";
	}
}
