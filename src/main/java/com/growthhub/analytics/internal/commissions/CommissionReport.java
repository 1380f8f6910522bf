package com.growthhub.analytics.internal.commissions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Commissions of a span of months: each line, totals per provider and currency, and the months closed in the span.
 * {@code truncated} says the span held more than {@link CommissionReports#MAX_LINES} lines (narrow it).
 */
public record CommissionReport(YearMonth from, YearMonth to, @Nullable UUID providerId, List<CommissionLineView> items,
		List<Total> totals, List<CommissionPeriods.Period> closedPeriods, boolean truncated) {

	/** @param earnedCents lines earned @param reversedCents reversals (≤ 0) @param totalCents their sum */
	public record Total(UUID providerId, String providerName, String currency, long earnedCents, long reversedCents,
			long totalCents, int lines) {
	}

	static List<Total> totals(List<CommissionLineView> lines) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		Map<String, CommissionLineView> first = new LinkedHashMap<>();
		for (CommissionLineView line : lines) {
			String key = line.providerId() + "/" + line.currency();
			first.putIfAbsent(key, line);
			long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
			sum[line.amountCents() < 0 || line.reversalOf() != null ? 1 : 0] += line.amountCents();
			sum[2]++;
		}
		List<Total> totals = new ArrayList<>();
		sums.forEach((key, sum) -> {
			CommissionLineView line = first.get(key);
			totals.add(new Total(line.providerId(), line.providerName(), line.currency(), sum[0], sum[1],
					sum[0] + sum[1], (int) sum[2]));
		});
		return totals;
	}

	public boolean closed(YearMonth month) {
		return closedPeriods.stream().anyMatch(period -> period.month().equals(month));
	}
}
