package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A figure in this period beside the previous period of equal length; {@code changePercent} is the rise (or fall,
 * negative) in percent with one decimal, {@code null} when the previous figure was zero or either is unknown.
 */
public record Change(@Nullable Number current, @Nullable Number previous, @Nullable BigDecimal changePercent) {

	public static Change of(@Nullable Number current, @Nullable Number previous) {
		if (current == null || previous == null) {
			return new Change(current, previous, null);
		}
		BigDecimal now = new BigDecimal(current.toString());
		BigDecimal before = new BigDecimal(previous.toString());
		return new Change(current, previous, before.signum() == 0 ? null
				: now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP));
	}
}
