package com.growthhub.analytics.internal.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The days a report covers, both ends included, and the period just before it of the same number of days (the
 * comparison). Without dates: this month up to today, compared with the same number of days before it.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	/** Ten years: long enough for any real report, short enough that a typo (year 20260) cannot scan forever. */
	static final long MAX_DAYS = 3660;

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw ReportInputException.field("to", "must not be before from");
		}
		if (days(from, to) > MAX_DAYS) {
			throw ReportInputException.field("to", "must be at most " + MAX_DAYS + " days after from");
		}
	}

	public static ReportPeriod parse(@Nullable String from, @Nullable String to, LocalDate today) {
		LocalDate end = date("to", to, today);
		LocalDate start = date("from", from, end.withDayOfMonth(1));
		return new ReportPeriod(start, end);
	}

	public long days() {
		return days(from, to);
	}

	public ReportPeriod previous() {
		return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	private static LocalDate date(String field, @Nullable String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw ReportInputException.field(field, "must be a date (YYYY-MM-DD)");
		}
	}
}
