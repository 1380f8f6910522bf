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
 * "Sync calls" on the call inbox: starts a CallTrackingMetrics run and goes back to the inbox, which lists the stored
 * calls at once and the new ones as the run brings them. Served here because the calls module cannot depend on
 * integrations (integrations reports calls to it).
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class CallSyncController {

	private final SyncRuns runs;

	CallSyncController(SyncRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/calls/sync")
	String sync(OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		try {
			runs.start(organization, actor, Provider.CTM, SyncMode.INCREMENTAL);
			redirect.addFlashAttribute("notice", "integrations.ctm.syncStarted");
		}
		catch (NotFoundException notConnected) {
			redirect.addFlashAttribute("caution", "integrations.ctm.notConnected");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/calls";
	}
}
