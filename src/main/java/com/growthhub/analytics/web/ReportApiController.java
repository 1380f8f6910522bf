package com.growthhub.analytics.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.reports.AttributionModel;
import com.growthhub.analytics.internal.reports.CampaignReport;
import com.growthhub.analytics.internal.reports.FunnelReport;
import com.growthhub.analytics.internal.reports.ReportAccess;
import com.growthhub.analytics.internal.reports.ReportInputException;
import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.analytics.internal.reports.ReportPeriod;
import com.growthhub.analytics.internal.reports.StageVelocityReport;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Reports", description = "Campaign metrics (spend, leads, cost per lead, consult and show, show rate, "
		+ "revenue, ROAS) per campaign, platform and period with the previous period beside it, the funnel click → "
		+ "booked → show → paid, and stage velocity; each also as CSV. Read from the daily rollups; dates are the organization's days (its time zone).")
class ReportApiController {

	static final Set<String> PLATFORMS = Set.of("facebook", "google", "tiktok", "instagram", "email", "referral",
			"event", "other", "unattributed");

	private final CampaignReport campaigns;
	private final FunnelReport funnel;
	private final StageVelocityReport velocity;
	private final ReportAccess access;
	private final OrganizationZones zones;

	ReportApiController(CampaignReport campaigns, FunnelReport funnel, StageVelocityReport velocity, ReportAccess access,
			OrganizationZones zones) {
		this.zones = zones;
		this.campaigns = campaigns;
		this.funnel = funnel;
		this.velocity = velocity;
		this.access = access;
	}

	@GetMapping("/campaigns")
	@Operation(summary = "Metrics per campaign, per platform and in total (per currency) from and to (dates, inclusive; "
			+ "default this month to date, days in the organization's time zone), counted by the model first_touch or last_touch, each campaign row "
			+ "and each total with its comparison to the previous period of the same length; deals {won, lost} closed "
			+ "in the period, on the campaign of the deal's contact under the model")
	CampaignReport.Result campaigns(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "first_touch") AttributionModel model) {
		access.check(organization, actor);
		return campaigns.of(organization, actor, period(zones, organization, from, to), model);
	}

	@GetMapping("/campaigns.csv")
	@Operation(summary = "The campaign report as CSV: one line per campaign and currency, with deals won and lost and "
			+ "the change in percent of spend, leads, revenue and deals won against the previous period")
	void campaignsCsv(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "first_touch") AttributionModel model, HttpServletResponse response)
			throws IOException {
		access.check(organization, actor);
		csv(response, "campaigns", campaigns.of(organization, actor, period(zones, organization, from, to), model)::writeCsv);
	}

	@GetMapping("/funnel")
	@Operation(summary = "The funnel click → booked → show → paid with the conversion of each step, the previous period "
			+ "beside it and revenue per currency; optionally of one campaignId or platform (same dates and model as "
			+ "the campaign report)")
	FunnelReport.Result funnel(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "first_touch") AttributionModel model,
			@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable String platform) {
		access.check(organization, actor);
		return funnel.of(organization, actor, period(zones, organization, from, to), model, campaignId, platform(platform));
	}

	@GetMapping("/funnel.csv")
	@Operation(summary = "The funnel as CSV: one line per step")
	void funnelCsv(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "first_touch") AttributionModel model,
			@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable String platform, HttpServletResponse response) throws IOException {
		access.check(organization, actor);
		csv(response, "funnel",
				funnel.of(organization, actor, period(zones, organization, from, to), model, campaignId, platform(platform))::writeCsv);
	}

	@GetMapping("/stage-velocity")
	@Operation(summary = "Median and 90th percentile time (seconds) deals spent in each stage of the pipeline "
			+ "(pipelineId; default the organization's default pipeline), from the deals' stage history")
	StageVelocityReport.Result stageVelocity(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID pipelineId) {
		access.check(organization, actor);
		return velocity.of(organization, actor, pipelineId == null ? null : PipelineId.of(pipelineId));
	}

	@GetMapping("/stage-velocity.csv")
	@Operation(summary = "Stage velocity as CSV: one line per stage")
	void stageVelocityCsv(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID pipelineId, HttpServletResponse response) throws IOException {
		access.check(organization, actor);
		csv(response, "stage-velocity",
				velocity.of(organization, actor, pipelineId == null ? null : PipelineId.of(pipelineId))::writeCsv);
	}

	/** Without dates: this month of the organization's calendar up to its today. */
	static ReportPeriod period(OrganizationZones zones, OrganizationId organization, @Nullable String from,
			@Nullable String to) {
		return ReportPeriod.parse(from, to, zones.today(organization));
	}

	static @Nullable String platform(@Nullable String platform) {
		if (platform == null || platform.isBlank()) {
			return null;
		}
		String key = platform.trim().toLowerCase(java.util.Locale.ROOT);
		if (!PLATFORMS.contains(key)) {
			throw ReportInputException.field("platform", "must be one of " + PLATFORMS.stream().sorted().toList());
		}
		return key;
	}

	/** The report is computed before the first byte, so a failure still answers problem+json. */
	private static void csv(HttpServletResponse response, String name, Consumer<CsvExport.Rows> report)
			throws IOException {
		try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
			return response.getOutputStream();
		})) {
			report.accept(csv);
		}
	}
}
