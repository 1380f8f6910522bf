package com.growthhub.pipeline.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Fields to change on a deal; null keeps the current value, a field in {@code cleared} is emptied.
 * {@code version}, when given, must match.
 */
public record DealChanges(@Nullable String title, @Nullable Long valueCents, @Nullable String currency,
		@Nullable UUID serviceId, @Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId,
		@Nullable String campaign, @Nullable UUID campaignId, @Nullable Long version, Set<Clearable> cleared) {

	/** Changes naming the campaign, if at all, by name (a chosen {@code campaignId} wins over a name). */
	public DealChanges(@Nullable String title, @Nullable Long valueCents, @Nullable String currency,
			@Nullable UUID serviceId, @Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId,
			@Nullable String campaign, @Nullable Long version, Set<Clearable> cleared) {
		this(title, valueCents, currency, serviceId, expectedCloseDate, ownerId, campaign, null, version, cleared);
	}

	/** The optional fields a change may empty; {@code CAMPAIGN} empties both the campaign and its name. */
	public enum Clearable {
		SERVICE, EXPECTED_CLOSE_DATE, OWNER, CAMPAIGN
	}
}
