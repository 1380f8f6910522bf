package com.growthhub.analytics.internal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which rollup rows make up some days: the calendar months that lie wholly inside them come from the monthly rollups
 * (one row per month), the remaining edge days from the daily ones. A year is then about 12 monthly rows per campaign,
 * model, kind and currency plus at most 60 edge days, instead of 365 daily rows.
 *
 * @param months the first days of the whole months
 * @param days the days outside any whole month
 */
record RollupSlices(List<LocalDate> months, List<LocalDate> days) {

	static RollupSlices of(ReportPeriod... periods) {
		List<LocalDate> months = new ArrayList<>();
		List<LocalDate> days = new ArrayList<>();
		for (ReportPeriod period : periods) {
			LocalDate day = period.from();
			while (!day.isAfter(period.to())) {
				LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
				if (day.getDayOfMonth() == 1 && !monthEnd.isAfter(period.to())) {
					months.add(day);
					day = monthEnd.plusDays(1);
				}
				else {
					days.add(day);
					day = day.plusDays(1);
				}
			}
		}
		return new RollupSlices(List.copyOf(months), List.copyOf(days));
	}

	/** As PostgreSQL array literals, for {@code = any(?::date[])}. */
	String monthsArray() {
		return array(months);
	}

	String daysArray() {
		return array(days);
	}

	private static String array(List<LocalDate> dates) {
		return dates.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
	}
}
