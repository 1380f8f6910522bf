package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.growthhub.analytics.internal.reports.RollupQueries.CampaignInfo;
import com.growthhub.analytics.internal.reports.RollupQueries.DaySum;
import com.growthhub.platform.web.DashboardChart;

/**
 * Spend beside revenue in one currency over a period: a bar per day for up to two months, per calendar month beyond
 * (a year of daily bars is unreadable). Spend comes from campaigns of that currency, shared out by day like the
 * reports do.
 */
record SpendRevenueTimeline(ReportPeriod period, String currency) {

	static final long DAILY_UP_TO = 62;

	DashboardChart chart(List<DaySum> days, List<MonthlySpend> spend, List<CampaignInfo> campaigns, String spendLabel,
			String revenueLabel) {
		List<UUID> inCurrency = campaigns.stream().filter(campaign -> campaign.currency().equals(currency))
			.map(CampaignInfo::id).toList();
		List<String> labels = new ArrayList<>();
		List<Long> spent = new ArrayList<>();
		List<Long> earned = new ArrayList<>();
		boolean daily = period.days() <= DAILY_UP_TO;
		DateTimeFormatter label = DateTimeFormatter.ofPattern(daily ? "MMM d" : "MMM yyyy", Locale.ENGLISH);
		for (LocalDate start = period.from(); !start.isAfter(period.to());) {
			LocalDate end = daily ? start : start.withDayOfMonth(start.lengthOfMonth());
			LocalDate last = end.isAfter(period.to()) ? period.to() : end;
			LocalDate first = start;
			labels.add(label.format(start));
			spent.add(MonthlySpend.cents(spend.stream().filter(month -> inCurrency.contains(month.campaignId()))
				.map(month -> month.share(first, last)).reduce(BigDecimal.ZERO, BigDecimal::add)));
			earned.add(days.stream().filter(day -> day.kind().equals("invoice_paid") && day.currency().equals(currency)
					&& !day.day().isBefore(first) && !day.day().isAfter(last)).mapToLong(DaySum::valueCents).sum());
			start = last.plusDays(1);
		}
		return DashboardChart.bars(labels, List.of(new DashboardChart.Series(spendLabel, spent),
				new DashboardChart.Series(revenueLabel, earned)), currency);
	}
}
