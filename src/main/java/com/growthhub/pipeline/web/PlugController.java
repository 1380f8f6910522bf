package com.growthhub.pipeline.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.pipeline.internal.PlugSubmissions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * The "Submit plug" button of the journeys list and of a contact's page. Submitting a plug converts a contact, so it
 * stays with {@link PlugSubmissions} here; the URL under {@code /journeys} is kept for the pages that post to it.
 */
@Controller
class PlugController {

	private final PlugSubmissions plugs;

	PlugController(PlugSubmissions plugs) {
		this.plugs = plugs;
	}

	/** The journeys list picks the contact with the type-ahead; sent without one, that page says so at the picker. */
	@PostMapping("/journeys/submit-plug")
	String submit(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		if (contactId == null) {
			redirect.addFlashAttribute("plugContactMissing", true);
			return "redirect:/journeys";
		}
		try {
			plugs.submit(organization, actor, contactId);
			redirect.addFlashAttribute("notice", "journeys.plug.submitted");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return back.equals("contact") ? "redirect:/contacts/" + contactId : "redirect:/journeys";
	}
}
