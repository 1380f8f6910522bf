package com.growthhub.analytics.internal.commissions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Integer-cent arithmetic of commissions: every product is rounded half-even once, at the end. */
final class CommissionMath {

	private CommissionMath() {
	}

	/** {@code amount × part / whole}, rounded half-even; 0 when {@code whole} is 0. */
	static long share(long amount, long part, long whole) {
		if (whole == 0) {
			return 0;
		}
		return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(part))
			.divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN).longValueExact();
	}

	/** {@code amount × basisPoints / 10000}, rounded half-even. */
	static long percent(long amount, int basisPoints) {
		return share(amount, basisPoints, 10_000);
	}
}
