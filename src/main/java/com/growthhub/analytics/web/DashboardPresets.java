package com.growthhub.analytics.web;

import java.time.LocalDate;
import java.util.List;

/** The periods a person picks most, one click each: this month, last month, the last 90 days, this year. */
record DashboardPresets(String key, LocalDate from, LocalDate to) {

	static List<DashboardPresets> of(LocalDate today) {
		LocalDate month = today.withDayOfMonth(1);
		return List.of(new DashboardPresets("thisMonth", month, today),
				new DashboardPresets("lastMonth", month.minusMonths(1), month.minusDays(1)),
				new DashboardPresets("last90", today.minusDays(89), today),
				new DashboardPresets("thisYear", today.withDayOfYear(1), today));
	}
}
