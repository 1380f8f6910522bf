package com.growthhub.analytics.internal.sales;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.growthhub.platform.web.ProblemException;

/**
 * The days a sales report covers, both included, in the organization's time zone ({@code zone}); the current month so
 * far when none are given. At most about three years, so one request never scans an organization's whole history.
 */
public record SalesPeriod(LocalDate from, LocalDate to, @JsonIgnore ZoneId zone) {

	static final long MAX_DAYS = 1100;

	public Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the period. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** {@code clock} is in the organization's zone: its today ends the default period, its midnights cut the days. */
	public static SalesPeriod parse(@Nullable String from, @Nullable String to, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		LocalDate end = blank(to) ? today : date("to", to);
		LocalDate start = blank(from) ? end.withDayOfMonth(1) : date("from", from);
		if (start.isAfter(end)) {
			throw new InvalidPeriodException("from must not be after to");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw new InvalidPeriodException("a period spans at most " + MAX_DAYS + " days");
		}
		return new SalesPeriod(start, end, clock.getZone());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static LocalDate date(String name, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPeriodException(name + " must be a date such as 2026-12-01");
		}
	}

	/** 400: the period's dates are malformed or out of order. */
	static final class InvalidPeriodException extends ProblemException {

		InvalidPeriodException(String detail) {
			super(HttpStatus.BAD_REQUEST, "Invalid period", detail);
		}
	}
}
