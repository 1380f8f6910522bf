package com.growthhub.integrations.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.integrations.internal.connections.IntegrationInputException;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.SyncMode;
import com.growthhub.integrations.internal.sync.SyncRun;
import com.growthhub.integrations.internal.sync.SyncRuns;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/reviews/sync}: the review inbox's "sync now" for programs; the run is the integrations' run.
 * Served here because the reviews module cannot depend on integrations (integrations reports reviews to it).
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Reviews")
class ReviewSyncApiController {

	private final SyncRuns runs;

	ReviewSyncApiController(SyncRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/api/v1/reviews/sync")
	@Operation(summary = "Starts reading new and changed reviews from Google Business Profile now; answers the run (as "
			+ "/api/v1/integrations/google_business/runs/{id} does). 409 while a run is live or when Google Business "
			+ "Profile is not connected")
	ResponseEntity<SyncRun> sync(OrganizationId organization, Actor actor) {
		SyncRun run;
		try {
			run = runs.start(organization, actor, Provider.GOOGLE_BUSINESS, SyncMode.INCREMENTAL);
		}
		catch (NotFoundException notConnected) {
			throw IntegrationInputException.conflict(
					"Google Business Profile is not connected; an owner or admin connects it in Settings › Integrations.");
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/integrations/google_business/runs/" + run.id()))
			.body(run);
	}
}
