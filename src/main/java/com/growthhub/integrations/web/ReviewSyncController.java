package com.growthhub.integrations.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.SyncMode;
import com.growthhub.integrations.internal.sync.SyncRuns;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * "Sync now" on the review inbox: starts a Google Business Profile run and goes back to the inbox. Served here because
 * the reviews module cannot depend on integrations (integrations reports reviews to it).
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ReviewSyncController {

	private final SyncRuns runs;

	ReviewSyncController(SyncRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/reviews/sync")
	String sync(OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		try {
			runs.start(organization, actor, Provider.GOOGLE_BUSINESS, SyncMode.INCREMENTAL);
			redirect.addFlashAttribute("notice", "integrations.google_business.syncStarted");
		}
		catch (NotFoundException notConnected) {
			redirect.addFlashAttribute("caution", "integrations.google_business.notConnected");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/reviews";
	}
}
