package com.growthhub.analytics.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.growthhub.analytics.internal.MonthlySpend;

/**
 * The spend grid of a campaign's page: the twelve months up to this one (a new campaign's likely months), plus any
 * other month that has spend, newest first; each row editable on its own.
 */
record CampaignSpendGrid(List<Row> rows, String totalTyped) {

	record Row(String month, long amountCents, String typed) {
	}

	static CampaignSpendGrid of(List<MonthlySpend> spend, YearMonth now) {
		Map<YearMonth, Long> months = new TreeMap<>(java.util.Comparator.reverseOrder());
		for (int back = 0; back < 12; back++) {
			months.put(now.minusMonths(back), 0L);
		}
		spend.forEach(month -> months.put(month.month(), month.amountCents()));
		List<Row> rows = new ArrayList<>();
		months.forEach((month, cents) -> rows.add(new Row(month.toString(), cents,
				new com.growthhub.platform.web.Amount(cents).typed())));
		return new CampaignSpendGrid(rows,
				new com.growthhub.platform.web.Amount(spend.stream().mapToLong(MonthlySpend::amountCents).sum()).typed());
	}
}
