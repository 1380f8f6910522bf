package com.growthhub.analytics.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.analytics.internal.commissions.CommissionInputException;
import com.growthhub.analytics.internal.commissions.CommissionPeriods;
import com.growthhub.analytics.internal.commissions.CommissionReport;
import com.growthhub.analytics.internal.commissions.CommissionReports;
import com.growthhub.analytics.internal.commissions.Providers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * The commission report page: a provider (or all) and a span of months, each line linked to its invoice and naming its
 * rule, totals, the months' close buttons, and the same report as CSV and as the provider's statement PDF.
 */
@Controller
class CommissionController {

	private final CommissionReports reports;
	private final CommissionPeriods periods;
	private final CommissionDownloads downloads;
	private final Providers providers;

	CommissionController(CommissionReports reports, CommissionPeriods periods, CommissionDownloads downloads,
			Providers providers) {
		this.reports = reports;
		this.periods = periods;
		this.downloads = downloads;
		this.providers = providers;
	}

	@GetMapping("/analytics/commissions")
	String report(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID providerId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		CommissionReport report = reports.report(organization, actor, providerId, from, to);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = report.from(); !month.isAfter(report.to()); month = month.plusMonths(1)) {
			months.add(month);
		}
		model.addAttribute("report", report);
		model.addAttribute("months", months);
		model.addAttribute("providers", providers.all(organization, actor));
		return "analytics/commissions";
	}

	@PostMapping("/analytics/commissions/periods/{month}/close")
	String close(OrganizationId organization, Actor actor, @PathVariable String month,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		try {
			periods.close(organization, actor, YearMonth.parse(month));
			redirect.addFlashAttribute("notice", "commissions.periods.closed");
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw CommissionInputException.field("month", "must be a month (YYYY-MM)");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		// back is this page's own query string: never another site
		return "redirect:/analytics/commissions" + (back != null && back.startsWith("?") ? back : "");
	}

	@GetMapping(path = "/analytics/commissions.csv", produces = "text/csv")
	ResponseEntity<byte[]> csv(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID providerId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return downloads.csv(organization, actor, providerId, from, to);
	}

	@GetMapping(path = "/analytics/commissions/statement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> statement(OrganizationId organization, Actor actor, @RequestParam UUID providerId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale) {
		return downloads.statement(organization, actor, providerId, from, to, locale, true);
	}
}
