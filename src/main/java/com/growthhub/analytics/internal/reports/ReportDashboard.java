package com.growthhub.analytics.internal.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import com.growthhub.analytics.internal.reports.CampaignReport.CampaignRow;
import com.growthhub.analytics.internal.reports.CampaignReport.TotalRow;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.shared.OrganizationId;

/**
 * Everything the analytics dashboard shows for a period and model: the reports the API serves, and the four charts
 * drawn from them (spend vs revenue over time, the funnel, cost per show by campaign, stage velocity). Money charts
 * are in the main currency, the one with the most spend (then revenue); tables list every currency.
 */
@Service
public class ReportDashboard {

	private final CampaignReport campaigns;
	private final FunnelReport funnel;
	private final StageVelocityReport velocity;
	private final RollupQueries queries;
	private final TenantTransactions transactions;
	private final MessageSource messages;

	ReportDashboard(CampaignReport campaigns, FunnelReport funnel, StageVelocityReport velocity, RollupQueries queries,
			TenantTransactions transactions, MessageSource messages) {
		this.campaigns = campaigns;
		this.funnel = funnel;
		this.velocity = velocity;
		this.queries = queries;
		this.transactions = transactions;
		this.messages = messages;
	}

	public record View(CampaignReport.Result campaigns, FunnelReport.Result funnel, StageVelocityReport.@Nullable Result velocity,
			@Nullable TotalRow main, DashboardChart spendVsRevenue, DashboardChart funnelChart,
			DashboardChart costPerShow, @Nullable DashboardChart velocityChart) {

		public boolean empty() {
			return campaigns.campaigns().isEmpty() && funnel.steps().stream().allMatch(step -> step.count() == 0);
		}
	}

	public View of(OrganizationId organization, Actor actor, ReportPeriod period, AttributionModel model,
			@Nullable PipelineId pipelineId, Locale locale) {
		return transactions.call(TenantScope.organization(organization, actor), () -> {
			CampaignReport.Result report = campaigns.of(organization, actor, period, model);
			FunnelReport.Result steps = funnel.of(organization, actor, period, model, null, null);
			StageVelocityReport.Result stages = pipelineId == null ? velocity.ofDefault(organization, actor)
					: velocity.of(organization, actor, pipelineId);
			TotalRow main = report.totals().stream()
				.max(Comparator.comparingLong((TotalRow row) -> row.metrics().spendCents())
					.thenComparingLong(row -> row.metrics().revenueCents()))
				.orElse(null);
			String currency = main == null ? "USD" : main.currency();
			DashboardChart timeline = new SpendRevenueTimeline(period, currency).chart(
					queries.byDay(organization, model, period), queries.spend(organization, period),
					queries.campaigns(organization), text("analytics.reports.spend", locale),
					text("analytics.reports.revenue", locale));
			return new View(report, steps, stages, main, timeline, funnelChart(steps, locale),
					costPerShow(report, currency, locale), stages == null ? null : velocityChart(stages, locale));
		});
	}

	private DashboardChart funnelChart(FunnelReport.Result steps, Locale locale) {
		return DashboardChart.bars(steps.steps().stream().map(step -> text("analytics.reports.step." + step.step(), locale)).toList(),
				List.of(new DashboardChart.Series(text("analytics.reports.count", locale),
						steps.steps().stream().map(FunnelReport.Step::count).toList())), null);
	}

	private DashboardChart costPerShow(CampaignReport.Result report, String currency, Locale locale) {
		List<CampaignRow> rows = report.campaigns().stream()
			.filter(row -> row.currency().equals(currency) && row.metrics().costPerShowCents() != null)
			.sorted(Comparator.comparingLong(row -> Objects.requireNonNull(row.metrics().costPerShowCents())))
			.toList();
		return DashboardChart.bars(rows.stream().map(row -> row.name() == null ? text("analytics.reports.unattributed", locale) : row.name()).toList(),
				List.of(new DashboardChart.Series(text("analytics.reports.costPerShow", locale),
						rows.stream().map(row -> Objects.requireNonNull(row.metrics().costPerShowCents())).toList())),
				currency);
	}

	private DashboardChart velocityChart(StageVelocityReport.Result stages, Locale locale) {
		return DashboardChart.bars(stages.stages().stream().map(stage -> stage.name()).toList(),
				List.of(new DashboardChart.Series(text("analytics.reports.medianHours", locale),
						stages.stages().stream().map(stage -> hours(stage.medianSeconds())).toList()),
						new DashboardChart.Series(text("analytics.reports.p90Hours", locale),
								stages.stages().stream().map(stage -> hours(stage.p90Seconds())).toList())),
				null);
	}

	private static Long hours(@Nullable Long seconds) {
		return seconds == null ? 0L : Math.round(seconds / 3600.0);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
