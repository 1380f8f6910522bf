package com.growthhub.analytics.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.analytics.internal.sales.RepSalesMetrics;
import com.growthhub.analytics.internal.sales.SalesPeriod;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Analytics › Sales: the reps table for a period, with its CSV. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class SalesController {

	private final RepSalesMetrics metrics;
	private final OrganizationZones zones;

	SalesController(RepSalesMetrics metrics, OrganizationZones zones) {
		this.metrics = metrics;
		this.zones = zones;
	}

	@GetMapping("/analytics/sales")
	String page(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		SalesPeriod period = SalesPeriod.parse(from, to, Clock.system(zones.of(organization)));
		model.addAttribute("period", period);
		model.addAttribute("reps", metrics.reps(organization, period));
		model.addAttribute("accounts", metrics.accounts(organization, actor, period));
		return "analytics/sales";
	}
}
