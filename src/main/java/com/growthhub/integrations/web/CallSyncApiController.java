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

/** {@code POST /api/v1/calls/sync}: the call inbox's "sync now" for programs; the run is the integrations' run. */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Calls")
class CallSyncApiController {

	private final SyncRuns runs;

	CallSyncApiController(SyncRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/api/v1/calls/sync")
	@Operation(summary = "Starts pulling new and changed calls from CallTrackingMetrics now; answers the run (as "
			+ "/api/v1/integrations/ctm/runs/{id} does). 409 while a run is live or when CallTrackingMetrics is not connected")
	ResponseEntity<SyncRun> sync(OrganizationId organization, Actor actor) {
		SyncRun run;
		try {
			run = runs.start(organization, actor, Provider.CTM, SyncMode.INCREMENTAL);
		}
		catch (NotFoundException notConnected) {
			throw IntegrationInputException.conflict(
					"CallTrackingMetrics is not connected; an owner or admin connects it in Settings › Integrations.");
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/integrations/ctm/runs/" + run.id())).body(run);
	}
}
