package com.growthhub.analytics.internal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RetentionPeriodsTests {

	static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

	@Test
	void kpiEventsGoUpToAMidnightOfTheOrganizationsSoWholeDaysOfItsRollupsGoWithThem() {
		RetentionPeriods periods = RetentionPeriods.DEFAULTS;
		// 03:00 UTC on 4 December is still the 3rd in Los Angeles: five years back is 3 December 2021, its midnight.
		ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
		assertThat(periods.kpiEventsCutoffDay(NOW, losAngeles)).isEqualTo(LocalDate.of(2021, 12, 3));
		assertThat(periods.kpiEventsCutoff(NOW, losAngeles)).isEqualTo(Instant.parse("2021-12-03T08:00:00Z"));
		assertThat(periods.kpiEventsCutoff(NOW, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2021-12-04T00:00:00Z"));
	}

	@Test
	void leadsAndActivitiesCountCalendarYearsBackFromNow() {
		RetentionPeriods periods = new RetentionPeriods(7, 3, 5);
		assertThat(periods.leadsCutoff(NOW)).isEqualTo(Instant.parse("2019-12-04T03:00:00Z"));
		assertThat(periods.activitiesCutoff(NOW)).isEqualTo(Instant.parse("2023-12-04T03:00:00Z"));
	}
}
