package com.growthhub.integrations.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.growthhub.integrations.internal.connections.Connections;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.FieldMapping;
import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.RunError;
import com.growthhub.integrations.internal.sync.SyncMode;
import com.growthhub.integrations.internal.sync.SyncRun;
import com.growthhub.integrations.internal.sync.SyncRuns;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/integrations")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Integrations", description = "Connections to HubSpot, Salesforce, Google Sheets, GoHighLevel and "
		+ "CallTrackingMetrics, their field mappings and sync runs (owners and admins)")
class IntegrationApiController {

	private static final int MAX_PAGE = 100;

	private final Connections connections;
	private final SyncRuns runs;
	private final ConnectorRegistry connectors;

	IntegrationApiController(Connections connections, SyncRuns runs, ConnectorRegistry connectors) {
		this.connections = connections;
		this.runs = runs;
		this.connectors = connectors;
	}

	@GetMapping
	@Operation(summary = "Every provider with its connection, or the variables that configure it")
	Map<String, List<IntegrationResponse>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", connections.cards(organization, actor).stream().map(IntegrationResponse::of).toList());
	}

	@GetMapping("/{provider}")
	@Operation(summary = "One provider with its connection")
	IntegrationResponse get(OrganizationId organization, Actor actor, @PathVariable String provider) {
		Provider p = connectors.provider(provider);
		return connections.cards(organization, actor).stream().filter(card -> card.provider() == p).findFirst()
			.map(IntegrationResponse::of).orElseThrow();
	}

	@PostMapping("/{provider}/connect")
	@Operation(summary = "Connects with {token} (token providers: 201 with the connection; CallTrackingMetrics: {accessKey, "
			+ "secretKey, settings: {accountId}}), or starts an OAuth sign-in: answers {authorizeUrl}; the provider sends the "
			+ "person back to redirectUri (default: this API's callback)")
	ResponseEntity<?> connect(OrganizationId organization, Actor actor, @PathVariable String provider,
			@Valid @RequestBody(required = false) IntegrationRequests.@Nullable ConnectRequest body) {
		Provider p = connectors.provider(provider);
		String credential = body == null ? null : body.credential();
		if (body != null && credential != null) {
			connections.connectWithToken(organization, actor, p, credential, body.givenSettings());
			return ResponseEntity.status(HttpStatus.CREATED).body(get(organization, actor, provider));
		}
		URI redirect = body != null && body.redirectUri() != null ? URI.create(body.redirectUri())
				: ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/integrations/{provider}/callback")
					.buildAndExpand(p.key()).toUri();
		return ResponseEntity.ok(new IntegrationRequests.AuthorizeResponse(
				connections.authorizeUrl(organization, actor, p, redirect).toString()));
	}

	@GetMapping("/{provider}/callback")
	@Operation(summary = "Completes an OAuth sign-in the calling person started: the state must be theirs, unused and "
			+ "under ten minutes old; the code is exchanged with the PKCE verifier")
	ResponseEntity<IntegrationResponse> callback(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam String code, @RequestParam String state) {
		connections.completeSignIn(organization, actor, connectors.provider(provider), state, code);
		return ResponseEntity.status(HttpStatus.CREATED).body(get(organization, actor, provider));
	}

	@PostMapping("/{provider}/test")
	@Operation(summary = "Calls a cheap provider endpoint with the connection's tokens and answers the account reached")
	Connector.AccountInfo test(OrganizationId organization, Actor actor, @PathVariable String provider) {
		return connections.test(organization, actor, connectors.provider(provider));
	}

	@GetMapping("/{provider}/mappings")
	@Operation(summary = "The connection's field mapping: local field (cf.<key> for custom fields) → provider field, direction",
			description = "Local fields: firstName, lastName, email, phone, company, jobTitle, linkedinUrl, industry, campaign, "
					+ "notes, ownerEmail (the owner member's email; the connector translates it to and from the provider's "
					+ "owner id), lifecycle (target, contact, plug, lead or client; the connector translates the provider's "
					+ "stage or type, and a lifecycle only moves a contact forward), and cf.<key> for custom fields")
	Map<String, List<FieldMapping>> mappings(OrganizationId organization, Actor actor, @PathVariable String provider) {
		return Map.of("items", connections.get(organization, actor, connectors.provider(provider)).mapping());
	}

	@PutMapping("/{provider}/mappings")
	@Operation(summary = "Replaces the field mapping", description = "Local fields as GET lists them; 400 names the first bad entry")
	Map<String, List<FieldMapping>> replaceMappings(OrganizationId organization, Actor actor, @PathVariable String provider,
			@Valid @RequestBody IntegrationRequests.MappingsBody body) {
		return Map.of("items", connections.replaceMapping(organization, actor, connectors.provider(provider), body.items()));
	}

	@GetMapping("/{provider}/fields")
	@Operation(summary = "The provider's contact fields, custom ones included, for mapping")
	Map<String, List<Connector.RemoteField>> fields(OrganizationId organization, Actor actor, @PathVariable String provider) {
		return Map.of("items", connections.remoteFields(organization, actor, connectors.provider(provider)));
	}

	@PutMapping("/{provider}/settings")
	@Operation(summary = "Direction (import only or both), whether deletions there trash contacts here (syncDeletions) "
			+ "and contacts trashed here are deleted there (pushDeletions), and the provider's own settings")
	IntegrationResponse settings(OrganizationId organization, Actor actor, @PathVariable String provider,
			@Valid @RequestBody IntegrationRequests.SettingsRequest body) {
		connections.configure(organization, actor, connectors.provider(provider), body.direction(), body.syncDeletions(),
				body.pushDeletions(), body.settings() == null ? Map.of() : body.settings());
		return get(organization, actor, provider);
	}

	@PostMapping("/{provider}/sync")
	@Operation(summary = "Starts a run now (mode import or incremental; a connection never imported imports); 409 while one runs")
	ResponseEntity<SyncRun> sync(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestBody(required = false) IntegrationRequests.@Nullable SyncRequest body) {
		SyncMode mode = body == null || body.mode() == null ? SyncMode.INCREMENTAL : body.mode();
		SyncRun run = runs.start(organization, actor, connectors.provider(provider), mode);
		return ResponseEntity.accepted().location(URI.create("/api/v1/integrations/" + provider + "/runs/" + run.id())).body(run);
	}

	@GetMapping("/{provider}/runs")
	@Operation(summary = "The connection's runs, newest first")
	Map<String, Object> history(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "20") int limit) {
		int size = Math.clamp(limit, 1, MAX_PAGE);
		List<SyncRun> page = runs.history(organization, actor, connectors.provider(provider), PageCursor.parse(cursor), size);
		return page.size() < size ? Map.of("items", page)
				: Map.of("items", page, "nextCursor", new PageCursor(page.getLast().queuedAt(), page.getLast().id()).encode());
	}

	@GetMapping("/{provider}/runs/{runId}")
	@Operation(summary = "One run")
	SyncRun run(OrganizationId organization, Actor actor, @PathVariable String provider, @PathVariable UUID runId) {
		return runs.get(organization, actor, connectors.provider(provider), runId);
	}

	@GetMapping("/{provider}/runs/{runId}/errors")
	@Operation(summary = "The records a run could not apply, the conflicts it settled and the fields it left out, oldest first",
			description = "kind is error (a record not applied), conflict (a field changed on both sides; the newer change "
					+ "of that field won) or warning (a record applied without one field: an owner email no member has, "
					+ "a lifecycle that would move the contact backwards or that is unknown)")
	Map<String, Object> errors(OrganizationId organization, Actor actor, @PathVariable String provider,
			@PathVariable UUID runId, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		int size = Math.clamp(limit, 1, 200);
		PageCursor after = PageCursor.parse(cursor);
		List<RunError> page = runs.errors(organization, actor, connectors.provider(provider), runId,
				after == null ? null : after.id(), size);
		return page.size() < size ? Map.of("items", page)
				: Map.of("items", page, "nextCursor", new PageCursor((String) null, page.getLast().id()).encode());
	}

	@GetMapping(path = "/{provider}/runs/{runId}/errors.csv", produces = "text/csv")
	@Operation(summary = "Every error of a run as CSV")
	ResponseEntity<byte[]> errorsCsv(OrganizationId organization, Actor actor, @PathVariable String provider,
			@PathVariable UUID runId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sync-errors-" + runId + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(runs.errorsCsv(organization, actor, connectors.provider(provider), runId).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{provider}/pause")
	@Operation(summary = "Pauses syncing; runs already queued stop")
	IntegrationResponse pause(OrganizationId organization, Actor actor, @PathVariable String provider) {
		connections.pause(organization, actor, connectors.provider(provider));
		return get(organization, actor, provider);
	}

	@PostMapping("/{provider}/resume")
	@Operation(summary = "Resumes syncing and runs an incremental sync")
	IntegrationResponse resume(OrganizationId organization, Actor actor, @PathVariable String provider) {
		connections.resume(organization, actor, connectors.provider(provider));
		return get(organization, actor, provider);
	}

	@DeleteMapping("/{provider}")
	@Operation(summary = "Disconnects and destroys the connection's tokens; contacts stay")
	ResponseEntity<Void> disconnect(OrganizationId organization, Actor actor, @PathVariable String provider) {
		connections.disconnect(organization, actor, connectors.provider(provider));
		return ResponseEntity.noContent().build();
	}
}
