package com.growthhub.analytics.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.analytics.internal.sales.RepMetrics;
import com.growthhub.analytics.internal.sales.RepSalesMetrics;
import com.growthhub.analytics.internal.sales.SalesPeriod;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Sales metrics", description = "Per rep: leads owned, time to first contact, calls booked and held, deals won, revenue")
class SalesApiController {

	private final RepSalesMetrics metrics;
	private final OrganizationZones zones;

	SalesApiController(RepSalesMetrics metrics, OrganizationZones zones) {
		this.metrics = metrics;
		this.zones = zones;
	}

	record RepsReport(SalesPeriod period, List<RepMetrics> items) {
	}

	@GetMapping("/reps")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Every member's sales figures for the days from..to (the organization's days, both included; default: this month "
			+ "so far), busiest first (managers and above)")
	RepsReport reps(OrganizationId organization, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		SalesPeriod period = SalesPeriod.parse(from, to, Clock.system(zones.of(organization)));
		return new RepsReport(period, metrics.reps(organization, period));
	}

	@GetMapping("/reps.csv")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "The same figures as CSV, one row per member and revenue currency")
	void repsCsv(OrganizationId organization, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletResponse response) throws IOException {
		SalesPeriod period = SalesPeriod.parse(from, to, Clock.system(zones.of(organization)));
		List<RepMetrics> rows = metrics.reps(organization, period);
		try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"sales-reps-" + period.from() + "-" + period.to() + ".csv\"");
			return response.getOutputStream();
		})) {
			new SalesCsv(csv).write(rows);
		}
	}

	record AccountsReport(SalesPeriod period, List<com.growthhub.analytics.internal.sales.AccountMetrics> items,
			com.growthhub.analytics.internal.sales.AccountMetrics total) {
	}

	@GetMapping("/accounts")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "An agency's figures per client account and rolled up, for the accounts the caller opens (all "
			+ "for owners, admins and managers; the assigned ones for members); 404 from a client account")
	AccountsReport accounts(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		SalesPeriod period = SalesPeriod.parse(from, to, Clock.system(zones.of(organization)));
		var accounts = metrics.accounts(organization, actor, period);
		return new AccountsReport(period, accounts.items(), accounts.total());
	}
}
