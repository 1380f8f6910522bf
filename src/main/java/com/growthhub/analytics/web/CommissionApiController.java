package com.growthhub.analytics.web;

import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.commissions.CommissionInputException;
import com.growthhub.analytics.internal.commissions.CommissionPeriods;
import com.growthhub.analytics.internal.commissions.CommissionReport;
import com.growthhub.analytics.internal.commissions.CommissionReports;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Commissions", description = "What providers earned on paid invoices month by month, each line traced to "
		+ "its invoice and rule, refunds and credit notes reversing their share; closing a month freezes it")
class CommissionApiController {

	private final CommissionReports reports;
	private final CommissionPeriods periods;
	private final CommissionDownloads downloads;

	CommissionApiController(CommissionReports reports, CommissionPeriods periods, CommissionDownloads downloads) {
		this.reports = reports;
		this.periods = periods;
		this.downloads = downloads;
	}

	@GetMapping("/api/v1/commissions")
	@Operation(summary = "Commission lines and totals per provider and currency of the months from..to (YYYY-MM or a "
			+ "date in the month; default this month; at most 24 months), of one provider with providerId")
	CommissionReport list(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID providerId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		return reports.report(organization, actor, providerId, from, to);
	}

	@GetMapping(path = "/api/v1/commissions.csv", produces = "text/csv")
	@Operation(summary = "The same lines as CSV")
	ResponseEntity<byte[]> csv(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID providerId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		return downloads.csv(organization, actor, providerId, from, to);
	}

	@GetMapping(path = "/api/v1/commissions/statement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A provider's statement of the months from..to as PDF (providerId required)")
	ResponseEntity<byte[]> statement(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID providerId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale) {
		if (providerId == null) {
			throw CommissionInputException.field("providerId", "is required for a statement");
		}
		return downloads.statement(organization, actor, providerId, from, to, locale, false);
	}

	@PostMapping("/api/v1/commissions/periods/{month}/close")
	@Operation(summary = "Closes a month (YYYY-MM): its lines are frozen, later refunds go to the next open month; "
			+ "409 when already closed; managers and up")
	CommissionPeriods.Period close(OrganizationId organization, Actor actor, @PathVariable String month) {
		if (!month.matches("\\d{4}-\\d{2}")) {
			throw CommissionInputException.field("month", "must be a month (YYYY-MM)");
		}
		return periods.close(organization, actor, parse(month));
	}

	private static YearMonth parse(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw CommissionInputException.field("month", "must be a month (YYYY-MM)");
		}
	}
}
