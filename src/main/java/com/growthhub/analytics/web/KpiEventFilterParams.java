package com.growthhub.analytics.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.KpiKind;
import com.growthhub.analytics.internal.KpiEventInputException;
import com.growthhub.analytics.internal.KpiEventLog;

/** The query parameters of the KPI event list, each refused with a 400 naming it when it cannot be read. */
final class KpiEventFilterParams {

	private KpiEventFilterParams() {
	}

	/** A date in {@code from} or {@code to} is a day of {@code zone}, the organization's. */
	static KpiEventLog.Filter parse(@Nullable String kind, @Nullable String campaignId, @Nullable String contactId,
			@Nullable String from, @Nullable String to, ZoneId zone) {
		return new KpiEventLog.Filter(kind == null || kind.isBlank() ? null : KpiKind.ofKey(kind.strip())
			.orElseThrow(() -> KpiEventInputException.field("kind", "must be ad_click, consult_booked, consult_show or invoice_paid")),
				id("campaignId", campaignId), id("contactId", contactId), time("from", from, false, zone),
				time("to", to, true, zone));
	}

	private static @Nullable UUID id(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw KpiEventInputException.field(field, "must be a UUID");
		}
	}

	/** An instant, or a date: from its first moment, or to its last, in the organization's zone. */
	private static @Nullable Instant time(String field, @Nullable String text, boolean endOfDay, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (RuntimeException notInstant) {
			try {
				LocalDate day = LocalDate.parse(text.strip());
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant()
					.minusNanos(endOfDay ? 1 : 0);
			}
			catch (RuntimeException notDate) {
				throw KpiEventInputException.field(field, "must be an instant or a date (yyyy-mm-dd)");
			}
		}
	}
}
