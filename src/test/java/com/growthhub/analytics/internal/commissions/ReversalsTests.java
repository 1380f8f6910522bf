package com.growthhub.analytics.internal.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReversalsTests {

	final UUID line = UUID.randomUUID();

	@Test
	void aPartialRefundReversesItsShareOfEachLine() {
		// paid 1000.00, earned 100.00 on a base of 1000.00; 250.00 refunded → −25.00 on −250.00
		List<Reversals.Reversal> reversals = Reversals.towards(
				List.of(new Reversals.Earned(line, 100_000, 10_000, 0, 0)), 100_000, 25_000);
		assertThat(reversals).containsExactly(new Reversals.Reversal(line, -25_000, -2_500));
	}

	@Test
	void refundsInPartsAddUpExactlyToTheWholeLine() {
		// 33.33 earned; three refunds of a third each must take back exactly 33.33, not 3 × 11.11
		Reversals.Earned earned = new Reversals.Earned(line, 10_000, 3_333, 0, 0);
		long reversedAmount = 0;
		long reversedBase = 0;
		for (long taken : new long[] { 3_333, 6_666, 10_000 }) {
			List<Reversals.Reversal> step = Reversals.towards(List.of(new Reversals.Earned(line, 10_000, 3_333,
					reversedBase, reversedAmount)), 10_000, taken);
			reversedAmount += step.stream().mapToLong(Reversals.Reversal::amountCents).sum();
			reversedBase += step.stream().mapToLong(Reversals.Reversal::baseCents).sum();
		}
		assertThat(reversedAmount).isEqualTo(-earned.amountCents());
		assertThat(reversedBase).isEqualTo(-earned.baseCents());
	}

	@Test
	void nothingMoreIsTakenBackThanWasAlreadyReversedOrThanWasPaid() {
		assertThat(Reversals.towards(List.of(new Reversals.Earned(line, 100_000, 10_000, -50_000, -5_000)), 100_000,
				50_000)).isEmpty();
		assertThat(Reversals.towards(List.of(new Reversals.Earned(line, 100_000, 10_000, 0, 0)), 100_000, 999_999))
			.containsExactly(new Reversals.Reversal(line, -100_000, -10_000));
	}

	@Test
	void aClosedMonthSendsWhatHappensInItToTheNextOpenMonth() {
		YearMonth march = YearMonth.of(2026, 3);
		assertThat(CommissionMonths.openFrom(march, Set.of())).isEqualTo(march);
		assertThat(CommissionMonths.openFrom(march, Set.of(march))).isEqualTo(YearMonth.of(2026, 4));
		assertThat(CommissionMonths.openFrom(march, Set.of(march, YearMonth.of(2026, 4), YearMonth.of(2026, 6))))
			.isEqualTo(YearMonth.of(2026, 5));
	}
}
