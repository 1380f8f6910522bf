package com.growthhub.messaging.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.messaging.internal.tracking.Suppressions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Settings › Blocked addresses: who no longer gets the organization's email, and why; an admin may unblock. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EmailSuppressionController {

	private final Suppressions suppressions;

	EmailSuppressionController(Suppressions suppressions) {
		this.suppressions = suppressions;
	}

	@GetMapping("/settings/email-suppressions")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("suppressions", suppressions.list(organization, actor));
		return "messaging/email-suppressions";
	}

	@PostMapping("/settings/email-suppressions/{id}/remove")
	String remove(@PathVariable UUID id, OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("removed", suppressions.remove(organization, actor, id).address());
		return "redirect:/settings/email-suppressions";
	}
}
