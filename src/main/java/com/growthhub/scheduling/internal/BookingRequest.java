package com.growthhub.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What a visitor sends to book a slot, checked for form by its maker. */
public record BookingRequest(Instant start, String firstName, @Nullable String lastName, String email,
		@Nullable String phone, Map<String, String> answers, ZoneId timeZone) {
}
