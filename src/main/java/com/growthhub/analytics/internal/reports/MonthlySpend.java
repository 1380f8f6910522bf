package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A campaign's spend for one calendar month. A period that covers part of the month gets the amount times the share of
 * the month's days inside the period (a week of a 30-day month: 7/30), so this month to date compares fairly with the
 * same number of days before it, and whole months add up to exactly what was entered.
 */
record MonthlySpend(UUID campaignId, LocalDate month, long amountCents) {

	/** The exact (unrounded) share of the amount that falls on the days {@code from..to}; round once, at the end. */
	BigDecimal share(LocalDate from, LocalDate to) {
		LocalDate first = month.withDayOfMonth(1);
		LocalDate last = first.plusMonths(1).minusDays(1);
		LocalDate start = from.isAfter(first) ? from : first;
		LocalDate end = to.isBefore(last) ? to : last;
		if (end.isBefore(start)) {
			return BigDecimal.ZERO;
		}
		long overlap = ChronoUnit.DAYS.between(start, end) + 1;
		return BigDecimal.valueOf(amountCents * overlap)
			.divide(BigDecimal.valueOf(first.lengthOfMonth()), 6, RoundingMode.HALF_UP);
	}

	static long cents(BigDecimal exact) {
		return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}
}
