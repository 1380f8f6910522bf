package com.growthhub.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.internal.AuditLog;
import com.growthhub.identity.internal.AuditTrail;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log", description = "Every change of the organization's data: who, when, what, before and after")
class AuditApiController {

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/**
	 * An audit event: the raw columns and ids programs work with ({@code changes} is the trail's JSON text of
	 * {@code {column: {before, after}}}), and how the log reads it to people ({@code summary}, {@code actorName},
	 * {@code entityName}, {@code readableChanges}).
	 */
	record AuditEventResponse(UUID id, Instant occurredAt, String actor, @Nullable UUID actorUserId,
			@Nullable String actorEmail, String actorName, String entityType, @Nullable UUID entityId, String entityName,
			String action, String summary, String changes, List<ReadableChange> readableChanges) {

		static AuditEventResponse of(AuditLog.Entry entry) {
			AuditTrail.AuditEvent event = entry.event();
			// The trail stores actions as CREATED, UPDATED, DELETED; the API writes them as lower-case keys like any enum.
			return new AuditEventResponse(event.id(), event.occurredAt(), event.actor(), event.actorUserId(),
					event.actorEmail(), entry.who().name(), event.entityType(), event.entityId(), entry.entityName(),
					event.action().toLowerCase(Locale.ROOT), entry.summary(), event.changes(),
					entry.changes().stream().map(ReadableChange::of).toList());
		}
	}

	/** @param field the column, or {@code column.key} for a key of a JSON column ({@code custom_fields.birthday}) */
	record ReadableChange(String field, String label, @Nullable String before, @Nullable String after) {

		static ReadableChange of(AuditLog.Change change) {
			return new ReadableChange(change.field(), change.label(), change.before(), change.after());
		}
	}

	record AuditEventPage(List<AuditEventResponse> items, @Nullable String nextCursor) {
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Audit events, newest first, keyset-paged with nextCursor (admins)")
	AuditEventPage list(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable UUID entityId,
			@RequestParam(required = false) @Nullable UUID actorUserId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit,
			OrganizationId organization, Locale locale) {
		AuditLog.Page page = auditLog.find(organization,
				new AuditTrail.Filter(entityType, entityId, actorUserId, action, from, to), cursor, limit, locale);
		return new AuditEventPage(page.items().stream().map(AuditEventResponse::of).toList(), page.nextCursor());
	}
}
