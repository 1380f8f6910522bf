package com.growthhub.analytics.internal.commissions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes back the share of a paid invoice's commissions that refunds and credit notes took back from its payment. Each
 * earned line is reversed towards {@code earned × takenBack / paid}, less what was reversed of it already, so partial
 * refunds add up exactly to the whole line when all is refunded, and nothing is reversed twice.
 */
final class Reversals {

	/** A stored earning with what its reversals took off it so far (both ≤ 0). */
	record Earned(UUID lineId, long baseCents, long amountCents, long reversedBaseCents, long reversedAmountCents) {
	}

	/** A negative line for {@code reversalOf}. */
	record Reversal(UUID reversalOf, long baseCents, long amountCents) {
	}

	private Reversals() {
	}

	static List<Reversal> towards(List<Earned> earned, long paidCents, long takenBackCents) {
		List<Reversal> reversals = new ArrayList<>();
		long taken = Math.min(Math.max(takenBackCents, 0), paidCents);
		for (Earned line : earned) {
			long amount = -CommissionMath.share(line.amountCents(), taken, paidCents) - line.reversedAmountCents();
			long base = -CommissionMath.share(line.baseCents(), taken, paidCents) - line.reversedBaseCents();
			if (amount < 0 || base < 0) {
				reversals.add(new Reversal(line.lineId(), Math.min(base, 0), Math.min(amount, 0)));
			}
		}
		return reversals;
	}
}
