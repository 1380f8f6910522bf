package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.analytics.internal.reports.RollupQueries.CampaignInfo;
import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * The funnel click → booked → show → paid for a period: how many KPI events of each step, the conversion between each
 * step and the next and from click to paid, each count beside the previous period's, and the revenue per currency.
 * Optionally narrowed to one campaign or one platform (attributed by the chosen model).
 */
@Service
public class FunnelReport {

	public static final List<String> STEPS = List.of("click", "booked", "show", "paid");

	private final RollupQueries queries;
	private final CampaignReport campaigns;
	private final TenantTransactions transactions;

	FunnelReport(RollupQueries queries, CampaignReport campaigns, TenantTransactions transactions) {
		this.queries = queries;
		this.campaigns = campaigns;
		this.transactions = transactions;
	}

	public record Result(LocalDate from, LocalDate to, AttributionModel model, LocalDate previousFrom,
			LocalDate previousTo, @Nullable UUID campaignId, @Nullable String platform, List<Step> steps,
			List<Conversion> conversions, Conversion overall, List<Revenue> revenue) {

		/** One line per step: its count, the previous period's, and the conversion to the next step. */
		public void writeCsv(CsvExport.Rows rows) {
			rows.header(List.of("step", "count", "previousCount", "changePercent", "conversionToNext"));
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				rows.row(List.of(step.step(), Long.toString(step.count()), Long.toString(step.previousCount()),
						MetricsCsv.text(step.changePercent()),
						i < conversions.size() ? MetricsCsv.text(conversions.get(i).rate()) : ""));
			}
		}
	}

	public record Step(String step, long count, long previousCount, @Nullable BigDecimal changePercent) {
	}

	public record Revenue(String currency, long revenueCents, @Nullable Long spendCents, @Nullable BigDecimal roas) {
	}

	public Result of(OrganizationId organization, Actor actor, ReportPeriod period, AttributionModel model,
			@Nullable UUID campaignId, @Nullable String platform) {
		return transactions.call(TenantScope.organization(organization, actor), () -> {
			List<CampaignInfo> known = queries.campaigns(organization);
			if (campaignId != null && known.stream().noneMatch(campaign -> campaign.id().equals(campaignId))) {
				throw NotFoundException.of("The campaign");
			}
			CampaignReport.Tables tables = campaigns.tables(organization, known, period, model);
			CampaignTable table = tables.current();
			// Counts add up across currencies; money does not, so it stays per currency below.
			KpiTotals now = counted(table, campaignId, platform);
			KpiTotals before = counted(tables.previous(), campaignId, platform);
			Map<String, KpiTotals> byCurrency = table.totalsByCurrency(CampaignReport.select(table, campaignId, platform));
			long[] counts = counts(now);
			long[] previous = counts(before);
			List<Step> steps = java.util.stream.IntStream.range(0, STEPS.size())
				.mapToObj(i -> new Step(STEPS.get(i), counts[i], previous[i], Change.of(counts[i], previous[i]).changePercent()))
				.toList();
			List<Conversion> conversions = java.util.stream.IntStream.range(0, STEPS.size() - 1)
				.mapToObj(i -> Conversion.between(STEPS.get(i), counts[i], STEPS.get(i + 1), counts[i + 1]))
				.toList();
			List<Revenue> revenue = byCurrency.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.filter(entry -> entry.getValue().revenueCents() > 0 || entry.getValue().spendCents() > 0)
				.map(entry -> new Revenue(entry.getKey(), entry.getValue().revenueCents(), entry.getValue().spendCents(),
						entry.getValue().roas()))
				.toList();
			return new Result(period.from(), period.to(), model, period.previous().from(), period.previous().to(),
					campaignId, platform, steps, conversions, Conversion.between("click", counts[0], "paid", counts[3]),
					revenue);
		});
	}

	private static KpiTotals counted(CampaignTable table, @Nullable UUID campaignId, @Nullable String platform) {
		return table.totalsByCurrency(CampaignReport.select(table, campaignId, platform)).values().stream()
			.reduce(KpiTotals.NONE, KpiTotals::plus);
	}

	private static long[] counts(KpiTotals totals) {
		return new long[] { totals.leads(), totals.consultsBooked(), totals.consultsHeld(), totals.paidInvoices() };
	}
}
