package com.growthhub.identity.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.identity.internal.AuditTrail;
import com.growthhub.shared.OrganizationId;

/** Settings › Audit log (admins): who changed what and when, newest first, filtered and paged. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

	static final int PAGE_SIZE = 50;
	static final List<String> ENTITY_TYPES = List.of("organization", "user", "membership", "invitation", "api_token");
	static final List<String> ACTIONS = List.of("CREATED", "UPDATED", "DELETED");

	private final AuditTrail auditTrail;

	AuditLogController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	/** @param to the last day included (UTC) */
	record AuditFilterForm(@Nullable String entityType, @Nullable String action,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

		AuditTrail.Filter toFilter() {
			return new AuditTrail.Filter(known(ENTITY_TYPES, entityType), null, null, known(ACTIONS, action),
					from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
					to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		}

		private static @Nullable String known(List<String> values, @Nullable String value) {
			return value != null && values.contains(value) ? value : null;
		}
	}

	@GetMapping("/settings/audit-log")
	String list(@ModelAttribute("filter") AuditFilterForm filter, @RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, OrganizationId organization,
			Model model) {
		AuditTrail.Page page = auditTrail.find(organization, filter.toFilter(), cursor, PAGE_SIZE);
		model.addAttribute("events", page.items().stream().map(AuditRow::of).toList());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("entityTypes", ENTITY_TYPES);
		model.addAttribute("actions", ACTIONS);
		// "Older" asks htmx for the next rows only, appended under the ones already shown.
		return htmx != null ? "identity/settings/audit-log :: rows" : "identity/settings/audit-log";
	}
}
