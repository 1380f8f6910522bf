package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** How many of those who reached one funnel step reached the next: a fraction, {@code null} when none reached it. */
public record Conversion(String from, String to, long fromCount, long toCount, @Nullable BigDecimal rate) {

	public static Conversion between(String from, long fromCount, String to, long toCount) {
		return new Conversion(from, to, fromCount, toCount, rate(fromCount, toCount));
	}

	static @Nullable BigDecimal rate(long base, long reached) {
		return base == 0 ? null
				: BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP);
	}
}
