package com.growthhub.agency.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.agency.internal.HubBoard;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Client accounts")
class AgencySummaryApiController {

	private final HubBoard hub;

	AgencySummaryApiController(HubBoard hub) {
		this.hub = hub;
	}

	@GetMapping("/api/v1/accounts/summary")
	@Operation(summary = "Totals across the client accounts I open: accounts, onboarding completed, new leads and calls "
			+ "in the last 7 days, reviews waiting, open and overdue tasks")
	HubBoard.Totals summary(OrganizationId organization, Actor actor) {
		return hub.totals(organization, actor);
	}
}
