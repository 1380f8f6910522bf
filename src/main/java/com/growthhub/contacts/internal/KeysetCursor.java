package com.growthhub.contacts.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** An opaque page position: the sort value and id of the last row of the previous page. */
record KeysetCursor(@Nullable String value, UUID id) {

	KeysetCursor(Instant instant, UUID id) {
		this(instant.toString(), id);
	}

	Instant instant() {
		try {
			return Instant.parse(value);
		}
		catch (RuntimeException ex) {
			throw new InvalidCursorException();
		}
	}

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(((value == null ? "~" : value) + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	static @Nullable KeysetCursor parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			int bar = decoded.lastIndexOf('|');
			String value = decoded.substring(0, bar);
			return new KeysetCursor(value.equals("~") ? null : value, UUID.fromString(decoded.substring(bar + 1)));
		}
		catch (RuntimeException ex) {
			throw new InvalidCursorException();
		}
	}

	static final class InvalidCursorException extends ProblemException {
		InvalidCursorException() {
			super(HttpStatus.BAD_REQUEST, "Invalid cursor", "The 'cursor' parameter is not one this API returned.");
		}
	}
}
