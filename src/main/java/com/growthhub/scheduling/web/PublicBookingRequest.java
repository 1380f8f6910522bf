package com.growthhub.scheduling.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.TimeZoneId;
import com.growthhub.scheduling.internal.BookingRequest;
import com.growthhub.scheduling.internal.SchedulingInputException;

/** Reads a visitor's booking from JSON, field by field, so that every mistake is a 400 naming the field. */
final class PublicBookingRequest {

	private static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$";

	private PublicBookingRequest() {
	}

	static BookingRequest read(Map<String, Object> body) {
		Instant start = start(text(body, "start", true, 40));
		String name = text(body, "name", true, 200);
		String email = text(body, "email", true, 254);
		if (!email.matches(EMAIL)) {
			throw SchedulingInputException.of("email", "An email address such as ada@example.com.");
		}
		String phone = text(body, "phone", false, 40);
		String zone = text(body, "timeZone", true, 64);
		if (!TimeZoneId.Validator.known(zone)) {
			throw SchedulingInputException.of("timeZone", "A time zone such as Europe/Berlin.");
		}
		int space = name.indexOf(' ');
		String first = space < 0 ? name : name.substring(0, space);
		String last = space < 0 ? null : name.substring(space + 1).strip();
		return new BookingRequest(start, first, last, email, phone, answers(body.get("answers")), ZoneId.of(zone));
	}

	private static Instant start(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException ex) {
			throw SchedulingInputException.of("start", "An ISO-8601 time with an offset, as the slots list gives it.");
		}
	}

	private static Map<String, String> answers(@Nullable Object value) {
		Map<String, String> answers = new LinkedHashMap<>();
		if (value == null) {
			return answers;
		}
		if (!(value instanceof Map<?, ?> given) || given.size() > 50) {
			throw SchedulingInputException.of("answers", "An object of answers by question key.");
		}
		given.forEach((key, answer) -> {
			if (answer != null && !(answer instanceof Map) && !(answer instanceof Iterable)) {
				answers.put(String.valueOf(key), String.valueOf(answer));
			}
		});
		return answers;
	}

	private static String text(Map<String, Object> body, String field, boolean required, int max) {
		Object value = body.get(field);
		if (value == null || String.valueOf(value).isBlank()) {
			if (required) {
				throw SchedulingInputException.of(field, "Required.");
			}
			return null;
		}
		if (!(value instanceof String text) || text.length() > max) {
			throw SchedulingInputException.of(field, "Text of up to " + max + " characters.");
		}
		return text.strip();
	}
}
