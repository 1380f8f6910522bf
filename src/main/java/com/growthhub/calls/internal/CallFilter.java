package com.growthhub.calls.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The inbox's filters. {@code from} and {@code to} take an instant or a date (a date's whole day in UTC, inclusive);
 * {@code rating} 1–5 or {@code none}; {@code q} words of the transcript or summary.
 */
public record CallFilter(@Nullable CallCategory category, @Nullable Integer rating, boolean unrated,
		@Nullable Instant from, @Nullable Instant to, @Nullable String source, @Nullable UUID contactId,
		@Nullable Boolean reviewed, @Nullable String q) {

	public static final CallFilter NONE = new CallFilter(null, null, false, null, null, null, null, null, null);

	public static CallFilter parse(@Nullable String category, @Nullable String rating, @Nullable String from,
			@Nullable String to, @Nullable String source, @Nullable String contactId, @Nullable String reviewed,
			@Nullable String q) {
		CallCategory chosen = blank(category) ? null : CallCategory.ofKey(category)
			.orElseThrow(() -> CallInputException.field("category", "must be one of " + CallCategoryKeys.all()));
		boolean unrated = "none".equalsIgnoreCase(rating == null ? null : rating.strip());
		Integer stars = blank(rating) || unrated ? null : stars(rating);
		Instant start = instant("from", from, false);
		Instant end = instant("to", to, true);
		if (start != null && end != null && start.isAfter(end)) {
			throw CallInputException.field("from", "must not be after 'to'");
		}
		Boolean isReviewed = blank(reviewed) ? null : bool(reviewed);
		return new CallFilter(chosen, stars, unrated, start, end, blank(source) ? null : source.strip(), uuid(contactId),
				isReviewed, blank(q) ? null : q.strip());
	}

	boolean any() {
		return !equals(NONE);
	}

	private static Integer stars(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw CallInputException.field("rating", "must be 1 to 5, or none");
	}

	private static @Nullable Instant instant(String field, @Nullable String text, boolean endOfDay) {
		if (blank(text)) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			try {
				LocalDate day = LocalDate.parse(text.strip());
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant()
					.minusNanos(endOfDay ? 1000 : 0);
			}
			catch (DateTimeParseException notADate) {
				throw CallInputException.field(field, "must be an instant (2026-03-01T09:30:00Z) or a date (2026-03-01)");
			}
		}
	}

	private static Boolean bool(String text) {
		return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw CallInputException.field("reviewed", "must be true or false");
		};
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw CallInputException.field("contactId", "must be an id (a UUID)");
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
