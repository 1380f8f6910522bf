package com.growthhub.scheduling.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.scheduling.AppointmentStatus;

/** The appointment list's filters: a rep, a status, and starts in {@code [from, to)}. */
public record AppointmentFilter(@Nullable UUID repId, @Nullable AppointmentStatus status, @Nullable Instant from,
		@Nullable Instant to) {

	public static AppointmentFilter parse(@Nullable String repId, @Nullable String status, @Nullable String from,
			@Nullable String to) {
		return new AppointmentFilter(blank(repId) ? null : uuid(repId), blank(status) ? null : status(status),
				blank(from) ? null : instant("from", from), blank(to) ? null : instant("to", to));
	}

	public AppointmentFilter forRep(UUID rep) {
		return new AppointmentFilter(rep, status, from, to);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw SchedulingInputException.of("repId", "A user id (UUID).");
		}
	}

	private static AppointmentStatus status(String value) {
		try {
			return AppointmentStatus.fromKey(value);
		}
		catch (IllegalArgumentException ex) {
			throw SchedulingInputException.of("status", "One of scheduled, completed, no_show, cancelled, rescheduled.");
		}
	}

	static Instant instant(String field, String value) {
		try {
			return java.time.OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw SchedulingInputException.of(field, "An ISO-8601 time with an offset, e.g. 2026-06-01T09:00:00Z.");
		}
	}
}
