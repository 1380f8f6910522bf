package com.growthhub.messaging.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.EmailLog;
import com.growthhub.messaging.internal.EmailStatus;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/emails")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Emails", description = "The organization's email log with delivery, opens and clicks (owners and admins)")
class EmailApiController {

	private final EmailLog log;

	EmailApiController(EmailLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Emails, newest first, a cursor page; filter by status, recipient address or contact")
	EmailLog.Page list(OrganizationId organization, Actor actor,
			@Parameter(description = "pending, sent, delivered, opened, clicked, failed, bounced, complained or suppressed")
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		EmailStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = EnumKeys.find(EmailStatus.class, status);
			if (wanted == null) {
				throw new BadFilterException("status must be one of " + EnumKeys.allowed(EmailStatus.class));
			}
		}
		if (limit < 1 || limit > 200) {
			throw new BadFilterException("limit must be between 1 and 200");
		}
		return log.find(organization, actor, new EmailLog.Filter(wanted, to == null || to.isBlank() ? null : to,
				contactId), PageCursor.parse(cursor), limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One email with its status, counts and times")
	EmailLog.Entry get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return log.find(organization, actor, id)
			.map(EmailLog.Message::entry)
			.filter(entry -> organization.value().equals(entry.organizationId()))
			.orElseThrow(() -> NotFoundException.of("Email"));
	}

	static class BadFilterException extends ProblemException {

		BadFilterException(String detail) {
			super(HttpStatus.BAD_REQUEST, "Bad filter", detail);
		}
	}
}
