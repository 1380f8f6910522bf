package com.growthhub.analytics.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The metric formulas on cases worked out by hand. */
class MetricFormulaTests {

	// $1,000.00 spend, 40 leads, 10 consults booked, 7 held, 3 paid invoices worth $4,500.00.
	final KpiTotals month = new KpiTotals(100_000, 40, 10, 7, 3, 450_000);

	@Test
	void costsPerLeadConsultAndShowAreSpendOverCountRoundedHalfUp() {
		assertThat(month.costPerLeadCents()).isEqualTo(2_500L);          // 100000 / 40
		assertThat(month.costPerConsultCents()).isEqualTo(10_000L);      // 100000 / 10
		assertThat(month.costPerShowCents()).isEqualTo(14_286L);         // 100000 / 7 = 14285.71…
		assertThat(new KpiTotals(1_000, 0, 0, 8, 0, 0).costPerShowCents()).isEqualTo(125L);
		assertThat(new KpiTotals(5, 2, 0, 0, 0, 0).costPerLeadCents()).as("2.5 rounds up").isEqualTo(3L);
	}

	@Test
	void showRateIsHeldOverBooked() {
		assertThat(month.showRate()).isEqualByComparingTo("0.7");
		assertThat(new KpiTotals(0, 0, 3, 1, 0, 0).showRate()).isEqualTo(new BigDecimal("0.3333"));
	}

	@Test
	void roasIsRevenueOverSpend() {
		assertThat(month.roas()).isEqualTo(new BigDecimal("4.50"));
		assertThat(new KpiTotals(30_000, 0, 0, 0, 1, 10_000).roas()).isEqualTo(new BigDecimal("0.33"));
	}

	@Test
	void quotientsWithNothingToDivideByAreAbsentNeverInfinite() {
		KpiTotals free = new KpiTotals(0, 5, 0, 0, 2, 90_000);
		assertThat(free.roas()).as("revenue with no spend").isNull();
		assertThat(free.showRate()).isNull();
		assertThat(free.costPerConsultCents()).isNull();
		assertThat(free.costPerShowCents()).isNull();
		assertThat(free.costPerLeadCents()).as("spend zero, leads five").isZero();
		assertThat(KpiTotals.NONE.costPerLeadCents()).isNull();
	}

	@Test
	void funnelConversionIsEachStepOverThePreviousOne() {
		Metrics metrics = Metrics.of(month);
		assertThat(metrics.leadToConsult()).isEqualByComparingTo("0.25");   // 10 / 40
		assertThat(metrics.consultToShow()).isEqualByComparingTo("0.7");    // 7 / 10
		assertThat(metrics.showToPaid()).isEqualTo(new BigDecimal("0.4286")); // 3 / 7
		assertThat(Conversion.between("click", 40, "paid", 3).rate()).isEqualByComparingTo("0.075");
		assertThat(Conversion.between("show", 0, "paid", 0).rate()).isNull();
	}

	@Test
	void totalsAddFieldByField() {
		KpiTotals sum = month.plus(new KpiTotals(1, 2, 3, 4, 5, 6));
		assertThat(sum).isEqualTo(new KpiTotals(100_001, 42, 13, 11, 8, 450_006));
	}

	@Test
	void periodComparisonIsTheChangeInPercentOfThePreviousFigure() {
		assertThat(Change.of(150, 100).changePercent()).isEqualByComparingTo("50.0");
		assertThat(Change.of(50L, 200L).changePercent()).isEqualByComparingTo("-75.0");
		assertThat(Change.of(1, 3).changePercent()).isEqualTo(new BigDecimal("-66.7"));
		assertThat(Change.of(new BigDecimal("4.50"), new BigDecimal("3.00")).changePercent()).isEqualByComparingTo("50");
		assertThat(Change.of(7, 0).changePercent()).as("nothing before").isNull();
		assertThat(Change.of(null, 5).changePercent()).isNull();
		assertThat(Change.of(0, 0).changePercent()).isNull();
	}
}
