package com.growthhub.identity.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.internal.AuditTrail;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log", description = "Every change of the organization's data: who, when, what, before and after")
class AuditApiController {

	private final AuditTrail auditTrail;

	AuditApiController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Audit events, newest first, keyset-paged with nextCursor (admins)")
	AuditTrail.Page list(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable UUID entityId,
			@RequestParam(required = false) @Nullable UUID actorUserId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit,
			OrganizationId organization) {
		AuditTrail.Page page = auditTrail.find(organization,
				new AuditTrail.Filter(entityType, entityId, actorUserId, action, from, to), cursor, limit);
		return new AuditTrail.Page(page.items().stream().map(AuditApiController::keyed).toList(), page.nextCursor());
	}

	/** The trail stores actions as CREATED, UPDATED, DELETED; the API writes them as lower-case keys like any enum. */
	private static AuditTrail.AuditEvent keyed(AuditTrail.AuditEvent event) {
		return new AuditTrail.AuditEvent(event.id(), event.occurredAt(), event.actor(), event.actorUserId(),
				event.actorEmail(), event.entityType(), event.entityId(), event.action().toLowerCase(Locale.ROOT),
				event.changes());
	}
}
