package com.growthhub.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An opaque keyset page position: the sort value and id of the last row of the previous page. Every
 * paged list uses it, so every API answers a cursor it did not issue with the same 400.
 */
public record PageCursor(@Nullable String value, UUID id) {

	public PageCursor(Instant instant, UUID id) {
		this(instant.toString(), id);
	}

	public Instant instant() {
		try {
			return Instant.parse(value);
		}
		catch (RuntimeException ex) {
			throw new InvalidCursorException();
		}
	}

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(((value == null ? "~" : value) + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** @throws InvalidCursorException for text this API never issued */
	public static @Nullable PageCursor parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			int bar = decoded.lastIndexOf('|');
			String value = decoded.substring(0, bar);
			return new PageCursor(value.equals("~") ? null : value, UUID.fromString(decoded.substring(bar + 1)));
		}
		catch (RuntimeException ex) {
			throw new InvalidCursorException();
		}
	}

	public static final class InvalidCursorException extends ProblemException {
		public InvalidCursorException() {
			super(HttpStatus.BAD_REQUEST, "Invalid cursor", "The 'cursor' parameter is not one this API returned.");
		}
	}
}
