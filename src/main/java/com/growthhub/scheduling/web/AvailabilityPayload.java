package com.growthhub.scheduling.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.TimeZoneId;
import com.growthhub.scheduling.internal.Availability;
import com.growthhub.scheduling.internal.DateOverride;
import com.growthhub.scheduling.internal.MeetingSettings;
import com.growthhub.scheduling.internal.SchedulingInputException;
import com.growthhub.scheduling.internal.WeeklyHours;

/**
 * A rep's availability as the API reads and writes it: days are lower-case names ({@code monday}), times {@code HH:mm}
 * in the rep's zone, an override without times is a day off.
 */
record AvailabilityPayload(@Nullable UUID userId, @Nullable String timeZone, @Nullable List<Hours> weeklyHours,
		@Nullable List<Override> overrides, @Nullable Integer bufferBeforeMinutes, @Nullable Integer bufferAfterMinutes,
		@Nullable Integer minimumNoticeMinutes, @Nullable Integer maxPerDay) {

	record Hours(@Nullable String day, @Nullable String start, @Nullable String end) {
	}

	record Override(@Nullable String date, @Nullable String start, @Nullable String end) {
	}

	static AvailabilityPayload of(Availability availability) {
		MeetingSettings settings = availability.settings();
		return new AvailabilityPayload(availability.userId(), availability.zone().getId(),
				availability.weekly().stream()
					.map(hours -> new Hours(hours.day().name().toLowerCase(Locale.ROOT), hours.start().toString(),
							hours.end().toString()))
					.toList(),
				availability.overrides().stream()
					.map(o -> new Override(o.date().toString(), o.start() == null ? null : o.start().toString(),
							o.end() == null ? null : o.end().toString()))
					.toList(),
				(int) settings.bufferBefore().toMinutes(), (int) settings.bufferAfter().toMinutes(),
				(int) settings.minimumNotice().toMinutes(), settings.maxPerDay());
	}

	Availability toAvailability(UUID user) {
		if (timeZone == null || !TimeZoneId.Validator.known(timeZone)) {
			throw SchedulingInputException.of("timeZone", "A time zone such as Europe/Berlin.");
		}
		List<WeeklyHours> weekly = (weeklyHours == null ? List.<Hours>of() : weeklyHours).stream()
			.map(hours -> new WeeklyHours(day(hours.day()), time("weeklyHours", hours.start()),
					time("weeklyHours", hours.end())))
			.toList();
		List<DateOverride> dates = (overrides == null ? List.<Override>of() : overrides).stream()
			.map(o -> new DateOverride(date(o.date()), o.start() == null ? null : time("overrides", o.start()),
					o.end() == null ? null : time("overrides", o.end())))
			.toList();
		if (weekly.size() > 50 || dates.size() > 400) {
			throw SchedulingInputException.of("weeklyHours", "At most 50 weekly ranges and 400 overrides.");
		}
		MeetingSettings settings = new MeetingSettings(minutes(bufferBeforeMinutes, 0), minutes(bufferAfterMinutes, 0),
				minutes(minimumNoticeMinutes, 240), maxPerDay);
		return new Availability(user, ZoneId.of(timeZone.strip()), weekly, dates, settings);
	}

	private static Duration minutes(@Nullable Integer minutes, int otherwise) {
		return Duration.ofMinutes(minutes == null ? otherwise : minutes);
	}

	private static DayOfWeek day(@Nullable String day) {
		try {
			return DayOfWeek.valueOf(String.valueOf(day).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw SchedulingInputException.of("weeklyHours", "Days are monday … sunday.");
		}
	}

	private static LocalTime time(String field, @Nullable String time) {
		try {
			return LocalTime.parse(String.valueOf(time).strip());
		}
		catch (DateTimeException ex) {
			throw SchedulingInputException.of(field, "Times are HH:mm, e.g. 09:00.");
		}
	}

	private static LocalDate date(@Nullable String date) {
		try {
			return LocalDate.parse(String.valueOf(date).strip());
		}
		catch (DateTimeException ex) {
			throw SchedulingInputException.of("overrides", "Dates are yyyy-MM-dd.");
		}
	}
}
