package com.growthhub.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.internal.Organizations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Settings › Organization › General (admins): the organization's name. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OrganizationSettingsController {

	private final Organizations organizations;

	OrganizationSettingsController(Organizations organizations) {
		this.organizations = organizations;
	}

	record RenameForm(@NotBlank @Size(max = 120) String name) {
	}

	@GetMapping("/settings/organization")
	String show(OrganizationId organization, Model model) {
		model.addAttribute("form", new RenameForm(organizations.get(organization).name()));
		return "identity/settings/organization";
	}

	@PostMapping("/settings/organization")
	String rename(@Valid @ModelAttribute("form") RenameForm form, BindingResult result, OrganizationId organization,
			Actor actor, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/settings/organization";
		}
		organizations.rename(organization, actor, form.name());
		redirect.addFlashAttribute("notice", "settings.organization.renamed");
		return "redirect:/settings/organization";
	}
}
