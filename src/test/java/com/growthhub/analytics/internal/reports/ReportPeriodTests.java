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
}
