package com.growthhub.media.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import com.growthhub.media.internal.MediaQuery;
import com.growthhub.media.internal.MediaType;
import com.growthhub.platform.web.EnumKeys;

/**
 * The library page's filter form as it was sent: dates are days in the organization's zone, the type a key; an
 * unknown type or a date that cannot be read is ignored, as a filter form typed by hand would be.
 */
record MediaFilters(String q, String type, String tag, String from, String to, String view) {

	static MediaFilters of(@Nullable String q, @Nullable String type, @Nullable String tag, @Nullable String from,
			@Nullable String to, @Nullable String view) {
		return new MediaFilters(blank(q), blank(type), blank(tag), blank(from), blank(to),
				"list".equals(view) ? "list" : "grid");
	}

	MediaQuery toQuery(ZoneId zone) {
		LocalDate fromDay = date(from);
		LocalDate toDay = date(to);
		return new MediaQuery(EnumKeys.find(MediaType.class, type), q.isEmpty() ? null : q, tag.isEmpty() ? null : tag,
				fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
				toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), null, null, null, null);
	}

	public boolean any() {
		return !(q.isEmpty() && type.isEmpty() && tag.isEmpty() && from.isEmpty() && to.isEmpty());
	}

	private static String blank(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return text.isEmpty() ? null : LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}
}
