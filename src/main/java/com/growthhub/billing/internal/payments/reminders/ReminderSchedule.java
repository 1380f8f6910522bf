package com.growthhub.billing.internal.payments.reminders;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.growthhub.platform.web.ProblemException;

/**
 * An organization's reminder schedule: days relative to the due date, e.g. {@code -3, 0, 3, 7}: three days before,
 * on the day, three and seven days late. At most 10 days, each between -60 and 365, kept sorted and distinct.
 */
public record ReminderSchedule(boolean enabled, List<Integer> offsets) {

	public static final ReminderSchedule DEFAULT = new ReminderSchedule(true, List.of(-3, 0, 3, 7));

	public ReminderSchedule {
		offsets = offsets.stream().distinct().sorted().toList();
		if (offsets.isEmpty() || offsets.size() > 10 || offsets.stream().anyMatch(day -> day < -60 || day > 365)) {
			throw new InvalidScheduleException();
		}
	}

	/** Reads "-3, 0, 3, 7" as a person types it. */
	public static ReminderSchedule parse(boolean enabled, String offsets) {
		try {
			return new ReminderSchedule(enabled, Arrays.stream(offsets.split("[,;\\s]+"))
				.filter(part -> !part.isBlank())
				.map(part -> Integer.valueOf(part.strip().replace("+", "")))
				.toList());
		}
		catch (NumberFormatException ex) {
			throw new InvalidScheduleException();
		}
	}

	public String text() {
		return offsets.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	public static class InvalidScheduleException extends ProblemException {
		InvalidScheduleException() {
			super(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid reminder schedule",
					"List 1 to 10 whole days relative to the due date, between -60 and 365, e.g. -3, 0, 3, 7.");
			withProperty("errors", List.of(java.util.Map.of("field", "offsets", "message", "must be 1 to 10 days between -60 and 365")));
		}
	}
}
