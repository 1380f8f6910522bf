package com.growthhub.analytics.internal.sales;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One rep's figures for a period. Revenue is the value of the deals they won, per currency (never summed across
 * currencies). {@code avgSecondsToFirstContact} is null when none of their leads was contacted yet.
 */
public record RepMetrics(UUID userId, String name, long leadsOwned, long leadsContacted,
		@Nullable Long avgSecondsToFirstContact, long callsBooked, long callsHeld, long dealsWon, List<Money> revenue) {

	public record Money(String currency, long amountCents) {
	}
}
