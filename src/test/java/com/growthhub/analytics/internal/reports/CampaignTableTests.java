package com.growthhub.analytics.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.analytics.internal.reports.CampaignTable.Key;
import com.growthhub.analytics.internal.reports.RollupQueries.CampaignInfo;
import com.growthhub.analytics.internal.reports.RollupQueries.Sum;

/** Rollup sums and spend become one row per campaign and currency; money never crosses currencies. */
class CampaignTableTests {

	final UUID facebook = UUID.randomUUID();
	final UUID google = UUID.randomUUID();
	final List<CampaignInfo> campaigns = List.of(
			new CampaignInfo(facebook, "Spring glow", "facebook", "active", "USD", false),
			new CampaignInfo(google, "Search", "google", "active", "EUR", false));
	final ReportPeriod april = new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

	@Test
	void countsGoToTheCampaignsCurrencyAndRevenueToItsOwn() {
		CampaignTable table = CampaignTable.of(campaigns, List.of(
				new Sum(facebook, "USD", "ad_click", 10, 0), new Sum(facebook, "USD", "consult_show", 4, 0),
				new Sum(facebook, "USD", "invoice_paid", 2, 80_000), new Sum(facebook, "EUR", "invoice_paid", 1, 5_000),
				new Sum(null, "USD", "ad_click", 3, 0)),
				List.of(new MonthlySpend(facebook, LocalDate.of(2026, 4, 1), 20_000)), april);

		assertThat(table.rows()).containsEntry(new Key(facebook, "USD"), new KpiTotals(20_000, 10, 0, 4, 2, 80_000))
			.containsEntry(new Key(facebook, "EUR"), new KpiTotals(0, 0, 0, 0, 1, 5_000))
			.containsEntry(new Key(google, "EUR"), KpiTotals.NONE)
			.containsEntry(new Key(null, "USD"), new KpiTotals(0, 3, 0, 0, 0, 0));
		assertThat(table.rows().get(new Key(facebook, "USD")).costPerShowCents()).isEqualTo(5_000L);
		assertThat(table.platformOf(null)).isEqualTo("unattributed");
		Map<String, KpiTotals> totals = table.totalsByCurrency(table.rows().keySet());
		assertThat(totals.get("USD")).isEqualTo(new KpiTotals(20_000, 13, 0, 4, 2, 80_000));
		assertThat(totals.get("EUR")).isEqualTo(new KpiTotals(0, 0, 0, 0, 1, 5_000));
	}

	@Test
	void deletedCampaignsShowOnlyWhenTheyCountedSomething() {
		UUID gone = UUID.randomUUID();
		List<CampaignInfo> withDeleted = List.of(campaigns.get(0),
				new CampaignInfo(gone, "Old", "tiktok", "ended", "USD", true));
		assertThat(CampaignTable.of(withDeleted, List.of(), List.of(), april).rows()).containsOnlyKeys(new Key(facebook, "USD"));
		assertThat(CampaignTable.of(withDeleted, List.of(new Sum(gone, "USD", "ad_click", 1, 0)), List.of(), april).rows())
			.containsKey(new Key(gone, "USD"));
	}

	@Test
	void wonAndLostDealsSitInTheCampaignsCurrencyRowAndCompareWithThePeriodBefore() {
		UUID gone = UUID.randomUUID();
		CampaignTable table = CampaignTable.of(List.of(campaigns.get(1), new CampaignInfo(gone, "Old", "tiktok", "ended",
				"USD", true)), List.of(), List.of(), april);
		table.addDeals(google, new WonLost(2, 0));
		table.addDeals(google, new WonLost(1, 3));
		table.addDeals(gone, new WonLost(0, 1));
		assertThat(table.deals(new Key(google, "EUR"))).isEqualTo(new WonLost(3, 3));
		assertThat(table.rows()).as("a deleted campaign's deals make its row").containsKey(new Key(gone, "USD"));
		assertThat(table.dealsByCurrency(table.rows().keySet())).containsEntry("EUR", new WonLost(3, 3))
			.containsEntry("USD", new WonLost(0, 1));

		// 3 won against 2 before: +50.0 %; 3 lost against none before: no percentage.
		Map<String, Change> changes = CampaignReport.comparison(Metrics.of(KpiTotals.NONE), new WonLost(3, 3),
				Metrics.of(KpiTotals.NONE), new WonLost(2, 0));
		assertThat(changes.get("dealsWon").changePercent()).isEqualByComparingTo("50.0");
		assertThat(changes.get("dealsLost").changePercent()).isNull();
		assertThat(changes.get("leads").changePercent()).isNull();
	}
}
