package com.growthhub.contacts.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.ExternalIds;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Setting and removing a contact's id on an external platform from the contact's page. */
@Controller
class ContactExternalIdController {

	static final List<String> PLATFORMS = List.of("hubspot", "salesforce", "google_sheets", "ghl", "ctm");

	private final ExternalIds externalIds;

	ContactExternalIdController(ExternalIds externalIds) {
		this.externalIds = externalIds;
	}

	record ExternalIdForm(@NotBlank String platform, @NotBlank @Size(max = 200) String externalId) {
	}

	/** The card sits in the middle of the contact page, so every answer is a flash message above it. */
	@PostMapping("/contacts/{id}/external-ids")
	String put(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid ExternalIdForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			RefusedAction.flash(redirect, "contacts.externalIds.invalid");
			return "redirect:/contacts/" + id;
		}
		try {
			externalIds.put(organization, actor, id, form.platform(), form.externalId());
			redirect.addFlashAttribute("notice", "contacts.externalIds.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/external-ids/{platform}/delete")
	String remove(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable String platform,
			RedirectAttributes redirect) {
		try {
			externalIds.remove(organization, actor, id, platform);
			redirect.addFlashAttribute("notice", "contacts.externalIds.removed");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + id;
	}
}
