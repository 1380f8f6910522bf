package com.growthhub.analytics.internal.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** The average delay to first contact and the period's parsing, on small hand-computed cases. */
class FirstContactAverageTests {

	@Test
	void averagesOnlyTheLeadsThatWereContacted() {
		// Three contacted leads: after 1 h, 2 h and 6 h → 9 h / 3 = 3 h; uncontacted leads are not in the sum or count.
		assertThat(FirstContactAverage.of(3, 9 * 3600)).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void noContactedLeadHasNoAverage() {
		assertThat(FirstContactAverage.of(0, 0)).isNull();
	}

	@Test
	void roundsToWholeSecondsHalfUp() {
		assertThat(FirstContactAverage.of(2, 3)).isEqualTo(Duration.ofSeconds(2)); // 1.5 s → 2 s
		assertThat(FirstContactAverage.of(3, 4)).isEqualTo(Duration.ofSeconds(1)); // 1.33 s → 1 s
	}

	@Test
	void refusesNegativeFigures() {
		assertThatIllegalArgumentException().isThrownBy(() -> FirstContactAverage.of(-1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> FirstContactAverage.of(1, -10));
	}

	@Test
	void thePeriodDefaultsToThisMonthSoFarAndIncludesBothDays() {
		Clock clock = Clock.fixed(Instant.parse("2026-12-03T19:00:00Z"), ZoneOffset.UTC);
		SalesPeriod period = SalesPeriod.parse(null, " ", clock);
		assertThat(period).isEqualTo(new SalesPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), ZoneOffset.UTC));
		assertThat(period.start()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(period.end()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
	}

	@Test
	void theDaysAreTheOrganizationsInItsZone() {
		// 19:00 UTC on 3 December is already the 4th in Tokyo: its "this month so far" runs to the 4th, from its midnights.
		Clock tokyo = Clock.fixed(Instant.parse("2026-12-03T19:00:00Z"), ZoneId.of("Asia/Tokyo"));
		SalesPeriod period = SalesPeriod.parse(null, null, tokyo);
		assertThat(period.to()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(period.start()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
		assertThat(period.end()).isEqualTo(Instant.parse("2026-12-04T15:00:00Z"));
	}

	@Test
	void malformedOrReversedPeriodsAreBadRequests() {
		Clock clock = Clock.systemUTC();
		for (String[] bad : new String[][] { { "2026-13-01", "2026-12-01" }, { "2026-12-05", "2026-12-01" },
				{ "2020-01-01", "2026-01-01" } }) {
			try {
				SalesPeriod.parse(bad[0], bad[1], clock);
				throw new AssertionError("accepted " + String.join("..", bad));
			}
			catch (ErrorResponseException ex) {
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
			}
		}
	}
}
