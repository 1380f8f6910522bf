package com.growthhub.eventplanning.internal;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.TimeZoneId;

/**
 * Every field of an event as it will be stored, for creating it or replacing what it was. Blank texts mean none; a
 * missing zone, currency or owner is filled in by the service from the organization and the person acting.
 */
public record EventDraft(String title, @Nullable String description, EventType type, @Nullable String venue,
		@Nullable String onlineUrl, Instant startsAt, Instant endsAt, @Nullable String timeZone,
		@Nullable Integer capacity, @Nullable Long budgetCents, @Nullable String currency, @Nullable UUID ownerId,
		@Nullable Integer reminderLeadMinutes) {

	public EventDraft {
		title = title.strip();
		description = blankToNull(description);
		venue = blankToNull(venue);
		onlineUrl = blankToNull(onlineUrl);
		timeZone = blankToNull(timeZone);
		currency = blankToNull(currency) == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/** A 400 naming the first field out of its limits. */
	void check() {
		if (title.isEmpty() || title.length() > 200) {
			throw EventInputException.field("title", "must be 1 to 200 characters");
		}
		if (description != null && description.length() > 10_000) {
			throw EventInputException.field("description", "must be at most 10000 characters");
		}
		if (venue != null && venue.length() > 500) {
			throw EventInputException.field("venue", "must be at most 500 characters");
		}
		if (onlineUrl != null && !webAddress(onlineUrl)) {
			throw EventInputException.field("onlineUrl", "must be an http or https address");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw EventInputException.field("endsAt", "must be after startsAt");
		}
		if (timeZone != null && !TimeZoneId.Validator.known(timeZone)) {
			throw EventInputException.field("timeZone", "must be a time zone such as Europe/Berlin");
		}
		if (capacity != null && capacity < 1) {
			throw EventInputException.field("capacity", "must be at least 1");
		}
		if (budgetCents != null && budgetCents < 0) {
			throw EventInputException.field("budgetCents", "must not be negative");
		}
		if (currency != null && !CurrencyCode.Validator.known(currency)) {
			throw EventInputException.field("currency", "must be an ISO 4217 currency code such as USD");
		}
		if (reminderLeadMinutes != null && (reminderLeadMinutes < 0 || reminderLeadMinutes > 43_200)) {
			throw EventInputException.field("reminderLeadMinutes", "must be between 0 and 43200 (30 days)");
		}
	}

	private static boolean webAddress(String text) {
		try {
			URI uri = URI.create(text);
			return text.length() <= 2000 && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
