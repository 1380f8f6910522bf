package com.growthhub.masterclasses.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.masterclasses.internal.insights.Insight;
import com.growthhub.masterclasses.internal.insights.InsightFigures;
import com.growthhub.masterclasses.internal.insights.InsightReport;
import com.growthhub.masterclasses.internal.insights.MasterclassInsights;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Masterclass insights", description = "Per masterclass: registrations, show-up, viewers and drop-off "
		+ "points, chat, questions, topics, offer clicks, the funnel with conversion rates and revenue, and insights "
		+ "{type, text, priority} from rules and, when configured, the AI")
class InsightApiController {

	private final MasterclassInsights insights;

	InsightApiController(MasterclassInsights insights) {
		this.insights = insights;
	}

	record InsightsResponse(String masterclassId, List<Insight> items, InsightFigures figures,
			@Nullable Instant aiGeneratedAt) {

		static InsightsResponse of(InsightReport report) {
			return new InsightsResponse(report.masterclass().id().toString(), report.insights(), report.figures(),
					report.aiGeneratedAt());
		}
	}

	record AiAnswer(boolean written, InsightsResponse insights) {
	}

	@GetMapping("/api/v1/masterclasses/{id}/insights")
	@Operation(summary = "The class's insights (items, most urgent first: priority 1-5, source rule or ai) and the "
			+ "figures behind them (minutes are media minutes from the live start)")
	InsightsResponse get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return InsightsResponse.of(insights.report(organization, actor, id));
	}

	@PostMapping("/api/v1/masterclasses/{id}/insights/ai")
	@Operation(summary = "Asks the AI port for a written summary and suggestions (managers, owners and the host); "
			+ "written false when no model is configured: the rule-based insights stand alone")
	AiAnswer writeWithAi(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		boolean written = insights.writeWithAi(organization, actor, id);
		return new AiAnswer(written, InsightsResponse.of(insights.report(organization, actor, id)));
	}
}
