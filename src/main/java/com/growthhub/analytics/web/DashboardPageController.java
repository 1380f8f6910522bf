package com.growthhub.analytics.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.analytics.internal.reports.AttributionModel;
import com.growthhub.analytics.internal.reports.ReportAccess;
import com.growthhub.analytics.internal.reports.ReportDashboard;
import com.growthhub.analytics.internal.reports.ReportPeriod;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The analytics dashboard: the period picker and model toggle, four charts, each with its table and CSV link. */
@Controller
class DashboardPageController {

	private final ReportDashboard dashboard;
	private final ReportAccess access;
	private final OrganizationZones zones;

	DashboardPageController(ReportDashboard dashboard, ReportAccess access, OrganizationZones zones) {
		this.dashboard = dashboard;
		this.access = access;
		this.zones = zones;
	}

	@GetMapping("/analytics")
	String dashboard(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "first_touch") AttributionModel model,
			@RequestParam(required = false) @Nullable UUID pipelineId, Locale locale, Model page) {
		access.check(organization, actor);
		ReportPeriod period = ReportApiController.period(zones, organization, from, to);
		page.addAttribute("view", dashboard.of(organization, actor, period, model,
				pipelineId == null ? null : PipelineId.of(pipelineId), locale));
		page.addAttribute("period", period);
		page.addAttribute("model", model.key());
		page.addAttribute("pipelineId", pipelineId);
		page.addAttribute("presets", DashboardPresets.of(zones.today(organization)));
		page.addAttribute("zone", zones.of(organization).getId());
		return "analytics/dashboard";
	}
}
