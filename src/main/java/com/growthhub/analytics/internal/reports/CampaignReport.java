package com.growthhub.analytics.internal.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.analytics.internal.reports.CampaignTable.Key;
import com.growthhub.analytics.internal.reports.RollupQueries.CampaignInfo;
import com.growthhub.pipeline.ClosedDeals;
import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Metrics per campaign, per platform and in total for a period and attribution model, with the previous period's totals. */
@Service
public class CampaignReport {

	private final RollupQueries queries;
	private final ClosedDeals closedDeals;
	private final TenantTransactions transactions;
	private final OrganizationZones zones;

	CampaignReport(RollupQueries queries, ClosedDeals closedDeals, TenantTransactions transactions,
			OrganizationZones zones) {
		this.zones = zones;
		this.queries = queries;
		this.closedDeals = closedDeals;
		this.transactions = transactions;
	}

	public record Result(LocalDate from, LocalDate to, AttributionModel model, LocalDate previousFrom,
			LocalDate previousTo, List<CampaignRow> campaigns, List<PlatformRow> platforms, List<TotalRow> totals) {

		/** One line per campaign and currency (the table under the dashboard's charts), named and with its platform. */
		public void writeCsv(CsvExport.Rows rows) {
			rows.header(MetricsCsv.join(MetricsCsv.join(List.of("campaignId", "campaign", "platform", "status", "currency"),
					MetricsCsv.HEADER), List.of("dealsWon", "dealsLost", "spendChangePercent", "leadsChangePercent",
							"revenueChangePercent", "dealsWonChangePercent")));
			campaigns.forEach(row -> rows.row(MetricsCsv.join(MetricsCsv.join(List.of(MetricsCsv.text(row.campaignId()),
					MetricsCsv.text(row.name()), row.platform(), MetricsCsv.text(row.status()), row.currency()),
					new MetricsCsv(row.metrics()).cells()), List.of(Long.toString(row.deals().won()),
							Long.toString(row.deals().lost()), change(row, "spendCents"), change(row, "leads"),
							change(row, "revenueCents"), change(row, "dealsWon")))));
		}
	}

	/**
	 * @param campaignId absent for the events counted on no campaign ({@code platform} {@code unattributed})
	 * @param deals deals won and lost in the period by contacts attributed to the campaign
	 * @param comparison each figure beside the same row's in the previous period (this month vs last)
	 */
	public record CampaignRow(@Nullable UUID campaignId, @Nullable String name, String platform, @Nullable String status,
			String currency, Metrics metrics, WonLost deals, Map<String, Change> comparison) {
	}

	public record PlatformRow(String platform, String currency, Metrics metrics) {
	}

	/** @param comparison each figure beside the previous period's */
	public record TotalRow(String currency, Metrics metrics, WonLost deals, Map<String, Change> comparison) {
	}

	private static String change(CampaignRow row, String figure) {
		return MetricsCsv.text(row.comparison().get(figure).changePercent());
	}

	public Result of(OrganizationId organization, Actor actor, ReportPeriod period, AttributionModel model) {
		return transactions.call(TenantScope.organization(organization, actor), () -> {
			Tables tables = tables(organization, queries.campaigns(organization), period, model);
			return new Result(period.from(), period.to(), model, period.previous().from(), period.previous().to(),
					campaignRows(tables.current(), tables.previous()), platformRows(tables.current()),
					totals(tables.current(), tables.previous()));
		});
	}

	/** The period's table and the previous period's, from one read of the rollups and one of the spend. */
	record Tables(CampaignTable current, CampaignTable previous) {
	}

	Tables tables(OrganizationId organization, List<CampaignInfo> campaigns, ReportPeriod period,
			AttributionModel model) {
		RollupQueries.PeriodSums sums = queries.byCampaign(organization, model, period);
		List<MonthlySpend> spend = queries.spend(organization, period.previous().from(), period.to());
		Tables tables = new Tables(CampaignTable.of(campaigns, sums.current(), spend, period),
				CampaignTable.of(campaigns, sums.previous(), spend, period.previous()));
		countDeals(organization, model, period, tables.current());
		countDeals(organization, model, period.previous(), tables.previous());
		return tables;
	}

	/**
	 * Won and lost deals of the period (closed on its days in the organization's zone, as the rollups count) on their
	 * contact's campaign.
	 */
	private void countDeals(OrganizationId organization, AttributionModel model, ReportPeriod period, CampaignTable table) {
		ZoneId zone = zones.of(organization);
		List<ClosedDeals.PerContact> closed = closedDeals.perContact(organization,
				period.from().atStartOfDay(zone).toInstant(), period.to().plusDays(1).atStartOfDay(zone).toInstant());
		Map<UUID, UUID> campaignOf = queries.attributedCampaigns(organization, model,
				closed.stream().map(ClosedDeals.PerContact::contactId).distinct().toList());
		closed.forEach(deals -> table.addDeals(campaignOf.get(deals.contactId()),
				deals.won() ? new WonLost(deals.deals(), 0) : new WonLost(0, deals.deals())));
	}

	private static List<CampaignRow> campaignRows(CampaignTable table, CampaignTable previous) {
		return table.rows().entrySet().stream().map(entry -> {
			CampaignInfo info = table.campaign(entry.getKey().campaignId());
			Metrics metrics = Metrics.of(entry.getValue());
			WonLost deals = table.deals(entry.getKey());
			return new CampaignRow(entry.getKey().campaignId(), info == null ? null : info.name(),
					table.platformOf(entry.getKey().campaignId()), info == null ? null : info.status(),
					entry.getKey().currency(), metrics, deals, comparison(metrics, deals,
							Metrics.of(previous.rows().getOrDefault(entry.getKey(), KpiTotals.NONE)),
							previous.deals(entry.getKey())));
		}).sorted(Comparator.comparingLong((CampaignRow row) -> -row.metrics().spendCents())
			.thenComparingLong(row -> -row.metrics().revenueCents())
			.thenComparing(row -> row.name() == null ? "\uffff" : row.name().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	private static List<PlatformRow> platformRows(CampaignTable table) {
		Map<List<String>, KpiTotals> byPlatform = new LinkedHashMap<>();
		table.rows().forEach((key, totals) -> byPlatform.merge(List.of(table.platformOf(key.campaignId()), key.currency()),
				totals, KpiTotals::plus));
		return byPlatform.entrySet().stream()
			.map(entry -> new PlatformRow(entry.getKey().get(0), entry.getKey().get(1), Metrics.of(entry.getValue())))
			.sorted(Comparator.comparing(PlatformRow::platform).thenComparing(PlatformRow::currency))
			.toList();
	}

	private static List<TotalRow> totals(CampaignTable now, CampaignTable before) {
		Map<String, KpiTotals> current = now.totalsByCurrency(now.rows().keySet());
		Map<String, KpiTotals> previous = before.totalsByCurrency(before.rows().keySet());
		Map<String, WonLost> dealsNow = now.dealsByCurrency(now.rows().keySet());
		Map<String, WonLost> dealsBefore = before.dealsByCurrency(before.rows().keySet());
		previous.keySet().forEach(currency -> current.putIfAbsent(currency, KpiTotals.NONE));
		return current.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(entry -> {
				WonLost deals = dealsNow.getOrDefault(entry.getKey(), WonLost.NONE);
				return new TotalRow(entry.getKey(), Metrics.of(entry.getValue()), deals,
						comparison(Metrics.of(entry.getValue()), deals,
								Metrics.of(previous.getOrDefault(entry.getKey(), KpiTotals.NONE)),
								dealsBefore.getOrDefault(entry.getKey(), WonLost.NONE)));
			})
			.toList();
	}

	static Map<String, Change> comparison(Metrics now, WonLost dealsNow, Metrics before, WonLost dealsBefore) {
		Map<String, Change> changes = comparison(now, before);
		changes.put("dealsWon", Change.of(dealsNow.won(), dealsBefore.won()));
		changes.put("dealsLost", Change.of(dealsNow.lost(), dealsBefore.lost()));
		return changes;
	}

	static Map<String, Change> comparison(Metrics now, Metrics before) {
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("spendCents", Change.of(now.spendCents(), before.spendCents()));
		changes.put("leads", Change.of(now.leads(), before.leads()));
		changes.put("costPerLeadCents", Change.of(now.costPerLeadCents(), before.costPerLeadCents()));
		changes.put("consultsBooked", Change.of(now.consultsBooked(), before.consultsBooked()));
		changes.put("consultsHeld", Change.of(now.consultsHeld(), before.consultsHeld()));
		changes.put("costPerShowCents", Change.of(now.costPerShowCents(), before.costPerShowCents()));
		changes.put("paidInvoices", Change.of(now.paidInvoices(), before.paidInvoices()));
		changes.put("revenueCents", Change.of(now.revenueCents(), before.revenueCents()));
		changes.put("roas", Change.of(now.roas(), before.roas()));
		return changes;
	}

	/** Keys of the table's rows whose campaign is {@code campaignId}, or on {@code platform}; all when both are null. */
	static List<Key> select(CampaignTable table, @Nullable UUID campaignId, @Nullable String platform) {
		return table.rows().keySet().stream()
			.filter(key -> campaignId == null || campaignId.equals(key.campaignId()))
			.filter(key -> platform == null || platform.equals(table.platformOf(key.campaignId())))
			.toList();
	}
}
