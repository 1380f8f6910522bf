package com.growthhub.masterclasses.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.masterclasses.internal.FunnelStatus;
import com.growthhub.masterclasses.internal.MasterclassInputException;
import com.growthhub.masterclasses.internal.MasterclassStatus;
import com.growthhub.masterclasses.internal.MasterclassView;
import com.growthhub.masterclasses.internal.Masterclasses;
import com.growthhub.masterclasses.internal.Registrations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/masterclasses")
@Tag(name = "Masterclasses", description = "Live classes sold from a public landing page (/mc/{slug}): their details, "
		+ "status (draft → published → live → ended → archived) and registrations with their funnel status")
class MasterclassApiController {

	private final Masterclasses masterclasses;
	private final Registrations registrations;

	MasterclassApiController(Masterclasses masterclasses, Registrations registrations) {
		this.masterclasses = masterclasses;
		this.registrations = registrations;
	}

	@GetMapping
	@Operation(summary = "Masterclasses, latest start first, keyset-paged; filter by status")
	Masterclasses.Page list(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + Masterclasses.DEFAULT_LIMIT) int limit) {
		return masterclasses.list(organization, actor, status(status), PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Creates a draft masterclass: {slug, title, startsAt, endsAt (required), description, agenda "
			+ "[{minute, title}], questions [{key, label, required}], hostUserId, timeZone, priceCents (0: free), currency, "
			+ "capacity (null: unlimited), streamKind (hls, youtube, vimeo, url), streamUrl, bookingPageId, "
			+ "attendanceThresholdMinutes}", description = "Managers, admins and owners. A slug taken by any "
					+ "masterclass answers 409.")
	ResponseEntity<MasterclassView> create(OrganizationId organization, Actor actor,
			@RequestBody Map<String, @Nullable Object> body) {
		MasterclassView created = masterclasses.create(organization, actor, body);
		return ResponseEntity.created(URI.create("/api/v1/masterclasses/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One masterclass with its seats taken and left")
	MasterclassView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return masterclasses.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes the named fields of a masterclass (the fields of POST)",
			description = "Managers, admins, owners and the class's host. The capacity cannot drop below the seats taken.")
	MasterclassView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody Map<String, @Nullable Object> body) {
		return masterclasses.update(organization, actor, id, body);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a masterclass without seats taken that is not live (409 otherwise: archive it)")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		masterclasses.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publishes a draft: its landing page takes registrations (409 from any other status)")
	MasterclassView publish(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return masterclasses.move(organization, actor, id, MasterclassStatus.Action.PUBLISH);
	}

	@PostMapping("/{id}/start")
	@Operation(summary = "Starts a published masterclass: live, liveStartedAt set (409 from any other status)")
	MasterclassView start(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return masterclasses.move(organization, actor, id, MasterclassStatus.Action.START);
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "Ends a live masterclass: liveEndedAt set, the replay follows (409 from any other status)")
	MasterclassView end(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return masterclasses.move(organization, actor, id, MasterclassStatus.Action.END);
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "Archives an ended masterclass: its landing page is gone (409 from any other status)")
	MasterclassView archive(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return masterclasses.move(organization, actor, id, MasterclassStatus.Action.ARCHIVE);
	}

	@GetMapping("/{id}/registrations")
	@Operation(summary = "A masterclass's registrations, newest first, keyset-paged; filter by funnelStatus "
			+ "(registered, invoiced, paid, attended, scheduled, won, lost)")
	Registrations.Page registrations(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String funnelStatus,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + Masterclasses.DEFAULT_LIMIT) int limit) {
		FunnelStatus status = funnelStatus == null || funnelStatus.isBlank() ? null
				: FunnelStatus.fromKey(funnelStatus).orElseThrow(() -> MasterclassInputException.field("funnelStatus",
						"must be one of " + String.join(", ", FunnelStatus.keys())));
		return registrations.list(organization, actor, id, status, PageCursor.parse(cursor), limit);
	}

	static @Nullable MasterclassStatus status(@Nullable String status) {
		return status == null || status.isBlank() ? null
				: MasterclassStatus.fromKey(status).orElseThrow(() -> MasterclassInputException.field("status",
						"must be one of " + String.join(", ", MasterclassStatus.keys())));
	}
}
