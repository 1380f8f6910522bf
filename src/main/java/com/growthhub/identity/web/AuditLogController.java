package com.growthhub.identity.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.identity.internal.AuditLog;
import com.growthhub.identity.internal.AuditTrail;
import com.growthhub.shared.OrganizationId;

/**
 * Settings › Audit log (admins): who changed what and when, newest first, filtered and paged; people by name, records
 * by name and each change with its field's label and readable values.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

	static final int PAGE_SIZE = 50;
	static final List<String> ACTIONS = List.of("CREATED", "UPDATED", "DELETED");

	private final AuditLog auditLog;

	AuditLogController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/** @param to the last day included (UTC) */
	record AuditFilterForm(@Nullable String entityType, @Nullable String action,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

		AuditTrail.Filter toFilter(List<AuditLog.EntityType> entityTypes) {
			String type = entityTypes.stream().map(AuditLog.EntityType::key).filter(key -> key.equals(entityType))
				.findFirst().orElse(null);
			return new AuditTrail.Filter(type, null, null, action != null && ACTIONS.contains(action) ? action : null,
					from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
					to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		}
	}

	@GetMapping("/settings/audit-log")
	String list(@ModelAttribute("filter") AuditFilterForm filter, @RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, OrganizationId organization,
			Locale locale, Model model) {
		List<AuditLog.EntityType> entityTypes = auditLog.entityTypes(locale);
		AuditLog.Page page = auditLog.find(organization, filter.toFilter(entityTypes), cursor, PAGE_SIZE, locale);
		model.addAttribute("events", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("entityTypes", entityTypes);
		model.addAttribute("actions", ACTIONS);
		// "Older" asks htmx for the next rows only, appended under the ones already shown.
		return htmx != null ? "identity/settings/audit-log :: rows" : "identity/settings/audit-log";
	}
}
