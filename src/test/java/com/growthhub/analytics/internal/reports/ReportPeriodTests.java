package com.growthhub.analytics.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Periods, their comparison period and the share of monthly spend that falls in them. */
class ReportPeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@Test
	void defaultsToThisMonthToDateComparedWithTheSameNumberOfDaysBefore() {
		ReportPeriod period = ReportPeriod.parse(null, " ", TODAY);
		assertThat(period).isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 1), TODAY));
		assertThat(period.days()).isEqualTo(10);
		assertThat(period.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 28)));
	}

	@Test
	void aMonthComparesWithTheDaysJustBeforeIt() {
		ReportPeriod march = ReportPeriod.parse("2026-03-01", "2026-03-31", TODAY);
		assertThat(march.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28)));
		assertThat(ReportPeriod.parse("2026-03-05", "2026-03-05", TODAY).previous())
			.isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)));
	}

	@Test
	void badDatesNameTheirParameter() {
		assertThatThrownBy(() -> ReportPeriod.parse("yesterday", null, TODAY)).isInstanceOf(ReportInputException.class)
			.hasMessageContaining("'from'");
		assertThatThrownBy(() -> ReportPeriod.parse(null, "2026-02-30", TODAY)).hasMessageContaining("'to'");
		assertThatThrownBy(() -> ReportPeriod.parse("2026-03-02", "2026-03-01", TODAY))
			.hasMessageContaining("'to' must not be before from");
		assertThatThrownBy(() -> ReportPeriod.parse("0001-01-01", "9999-12-31", TODAY)).hasMessageContaining("'to'");
	}

	@Test
	void monthlySpendIsSharedByTheDaysOfTheMonthInThePeriod() {
		MonthlySpend april = new MonthlySpend(UUID.randomUUID(), LocalDate.of(2026, 4, 1), 30_000);
		assertThat(april.share(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7))).isEqualByComparingTo("7000");
		assertThat(april.share(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31))).isEqualByComparingTo("30000");
		assertThat(april.share(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 2))).isEqualByComparingTo("1000");
		assertThat(april.share(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2))).isZero();
		MonthlySpend february = new MonthlySpend(UUID.randomUUID(), LocalDate.of(2026, 2, 1), 10_000);
		// 10000 × 10 / 28 = 3571.43: rounded once, at the end.
		assertThat(MonthlySpend.cents(february.share(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 31)))).isEqualTo(3_571);
	}

	@Test
	void aPeriodReadsItsWholeMonthsFromTheMonthlyRollupsAndOnlyItsEdgeDaysFromTheDaily() {
		ReportPeriod period = new ReportPeriod(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 3, 2));
		RollupSlices slices = RollupSlices.of(period);
		assertThat(slices.months()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
		assertThat(slices.days()).containsExactly(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31),
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
		assertThat(slices.monthsArray()).isEqualTo("{2026-01-01,2026-02-01}");
	}

	@Test
	void everyDayOfBothPeriodsIsReadExactlyOnce() {
		java.util.Random random = new java.util.Random(19);
		for (int i = 0; i < 300; i++) {
			LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
			ReportPeriod period = new ReportPeriod(from, from.plusDays(random.nextInt(400)));
			RollupSlices slices = RollupSlices.of(period.previous(), period);
			java.util.List<LocalDate> covered = new java.util.ArrayList<>(slices.days());
			slices.months().forEach(month -> month.datesUntil(month.plusMonths(1)).forEach(covered::add));
			assertThat(covered).as(period.toString()).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(period.previous().from().datesUntil(period.to().plusDays(1)).toList());
			// A whole month belongs to the period its first day is in: the query counts it by that day.
			slices.months().forEach(month -> assertThat(month.isBefore(period.from())
					? !month.plusMonths(1).minusDays(1).isAfter(period.previous().to())
					: !month.isAfter(period.to())).isTrue());
		}
	}
}
