package com.growthhub.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.growthhub.analytics.internal.commissions.CommissionReport;
import com.growthhub.analytics.internal.commissions.CommissionReports;
import com.growthhub.analytics.internal.commissions.CommissionStatements;
import com.growthhub.analytics.internal.commissions.Providers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The commission report as files, the same from the page and the API: CSV named for its months, and a provider's
 * statement PDF, which the page shows in the browser and the API hands over as a file named for its months.
 */
@Component
class CommissionDownloads {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CommissionReports reports;
	private final CommissionStatements statements;
	private final Providers providers;

	CommissionDownloads(CommissionReports reports, CommissionStatements statements, Providers providers) {
		this.reports = reports;
		this.statements = statements;
		this.providers = providers;
	}

	ResponseEntity<byte[]> csv(OrganizationId organization, Actor actor, @Nullable UUID providerId,
			@Nullable String from, @Nullable String to) {
		CommissionReport report = reports.report(organization, actor, providerId, from, to);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"commissions-" + report.from() + "-" + report.to() + ".csv\"")
			.contentType(CSV)
			.body(statements.csv(report));
	}

	ResponseEntity<byte[]> statement(OrganizationId organization, Actor actor, UUID providerId, @Nullable String from,
			@Nullable String to, Locale locale, boolean inline) {
		CommissionReport report = reports.report(organization, actor, providerId, from, to);
		byte[] pdf = statements.pdf(organization, report, providers.get(organization, actor, providerId), locale);
		String disposition = inline ? "inline; filename=\"commission-statement.pdf\""
				: "attachment; filename=\"commission-statement-" + report.from() + "-" + report.to() + ".pdf\"";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}
}
