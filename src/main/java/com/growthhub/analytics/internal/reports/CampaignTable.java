package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.internal.reports.RollupQueries.CampaignInfo;
import com.growthhub.analytics.internal.reports.RollupQueries.Sum;

/**
 * The period's totals per campaign and currency, built from rollup sums and monthly spend. Clicks, consults and shows
 * count in the campaign's own currency's row, beside its spend; paid invoices and revenue in the row of the invoice's
 * currency, so money is never added across currencies (a campaign paid in two currencies has two rows).
 */
final class CampaignTable {

	/** Rows for events counted on no campaign. */
	static final String UNATTRIBUTED = "unattributed";

	record Key(@Nullable UUID campaignId, String currency) {
	}

	private final Map<Key, KpiTotals> rows = new LinkedHashMap<>();
	private final Map<Key, WonLost> deals = new LinkedHashMap<>();
	private final Map<UUID, CampaignInfo> campaigns = new LinkedHashMap<>();
	private final String fallbackCurrency;

	CampaignTable(List<CampaignInfo> campaigns, String fallbackCurrency) {
		campaigns.forEach(campaign -> this.campaigns.put(campaign.id(), campaign));
		this.fallbackCurrency = fallbackCurrency;
		campaigns.stream().filter(campaign -> !campaign.deleted())
			.forEach(campaign -> rows.put(new Key(campaign.id(), campaign.currency()), KpiTotals.NONE));
	}

	static CampaignTable of(List<CampaignInfo> campaigns, List<Sum> sums, List<MonthlySpend> spend, ReportPeriod period) {
		String fallback = sums.stream().filter(sum -> sum.kind().equals("invoice_paid")).map(Sum::currency).findFirst()
			.orElse(campaigns.isEmpty() ? "USD" : campaigns.getFirst().currency());
		CampaignTable table = new CampaignTable(campaigns, fallback);
		sums.forEach(table::add);
		Map<UUID, BigDecimal> exact = new LinkedHashMap<>();
		spend.forEach(month -> exact.merge(month.campaignId(), month.share(period.from(), period.to()), BigDecimal::add));
		// Spend read for a wider range shares nothing into this period; such months make no row.
		exact.entrySet().removeIf(entry -> entry.getValue().signum() == 0);
		exact.forEach((campaign, amount) -> table.add(new Key(campaign, table.currencyOf(campaign)),
				new KpiTotals(MonthlySpend.cents(amount), 0, 0, 0, 0, 0)));
		return table;
	}

	private void add(Sum sum) {
		boolean money = sum.kind().equals("invoice_paid");
		Key key = new Key(sum.campaignId(), money ? sum.currency() : currencyOf(sum.campaignId()));
		add(key, switch (sum.kind()) {
			case "ad_click" -> new KpiTotals(0, sum.count(), 0, 0, 0, 0);
			case "consult_booked" -> new KpiTotals(0, 0, sum.count(), 0, 0, 0);
			case "consult_show" -> new KpiTotals(0, 0, 0, sum.count(), 0, 0);
			default -> new KpiTotals(0, 0, 0, 0, sum.count(), sum.valueCents());
		});
	}

	/** Deals won or lost, on the campaign's currency row (a row of their own when the campaign had nothing else). */
	void addDeals(@Nullable UUID campaign, WonLost counted) {
		Key key = new Key(campaign, currencyOf(campaign));
		rows.putIfAbsent(key, KpiTotals.NONE);
		deals.merge(key, counted, WonLost::plus);
	}

	WonLost deals(Key key) {
		return deals.getOrDefault(key, WonLost.NONE);
	}

	/** Deals summed by currency, over the given rows. */
	Map<String, WonLost> dealsByCurrency(Collection<Key> keys) {
		Map<String, WonLost> totals = new LinkedHashMap<>();
		keys.forEach(key -> totals.merge(key.currency(), deals(key), WonLost::plus));
		return totals;
	}

	private void add(Key key, KpiTotals totals) {
		rows.merge(key, totals, KpiTotals::plus);
	}

	private String currencyOf(@Nullable UUID campaign) {
		CampaignInfo info = campaign == null ? null : campaigns.get(campaign);
		return info == null ? fallbackCurrency : info.currency();
	}

	Map<Key, KpiTotals> rows() {
		return rows;
	}

	@Nullable CampaignInfo campaign(@Nullable UUID id) {
		return id == null ? null : campaigns.get(id);
	}

	String platformOf(@Nullable UUID campaign) {
		CampaignInfo info = campaign(campaign);
		return info == null ? UNATTRIBUTED : info.platform();
	}

	/** Sums rows by currency, over the rows whose campaign passes the filter. */
	Map<String, KpiTotals> totalsByCurrency(Collection<Key> keys) {
		Map<String, KpiTotals> totals = new LinkedHashMap<>();
		keys.forEach(key -> totals.merge(key.currency(), Objects.requireNonNull(rows.get(key)), KpiTotals::plus));
		return totals;
	}
}
