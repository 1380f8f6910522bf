package com.growthhub.scheduling;

import java.util.UUID;

/** A booking page's id. */
public record BookingPageId(UUID value) {

	public BookingPageId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static BookingPageId of(UUID value) {
		return new BookingPageId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
