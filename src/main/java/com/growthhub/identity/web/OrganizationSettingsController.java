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
import com.growthhub.platform.files.StorageSizes;
import com.growthhub.platform.files.StorageUsage;
import com.growthhub.platform.files.StoredFiles;
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
	private final StoredFiles files;

	OrganizationSettingsController(Organizations organizations, StoredFiles files) {
		this.organizations = organizations;
		this.files = files;
	}

	/** The storage card: what the organization's files take of its quota, as people read sizes. */
	record StorageView(String used, String quota, int percentUsed) {
		static StorageView of(StorageUsage usage) {
			return new StorageView(StorageSizes.format(usage.usedBytes()), StorageSizes.format(usage.quotaBytes()),
					usage.percentUsed());
		}
	}

	record GeneralForm(@NotBlank @Size(max = 120) String name, @NotNull @CurrencyCode String defaultCurrency,
			@NotNull @TimeZoneId String timeZone) {

		static GeneralForm of(Organization organization) {
			return new GeneralForm(organization.name(), organization.defaultCurrency(), organization.timeZone());
		}
	}

	@GetMapping("/settings/organization")
	String show(OrganizationId organization, Model model) {
		model.addAttribute("storage", StorageView.of(files.usage(organization)));
		return page(GeneralForm.of(organizations.get(organization)), model);
	}

	@PostMapping("/settings/organization")
	String save(@Valid @ModelAttribute("form") GeneralForm form, BindingResult result, OrganizationId organization,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("storage", StorageView.of(files.usage(organization)));
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
