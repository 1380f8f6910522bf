package com.growthhub.masterclasses;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for masterclasses in tests: a unique slug each, starting tomorrow. */
final class MasterclassFixtures {

	private MasterclassFixtures() {
	}

	static String slug() {
		return "mc-" + UUID.randomUUID().toString().substring(0, 13);
	}

	static Map<String, Object> body(String slug, long priceCents, Integer capacity) {
		Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Map<String, Object> body = new HashMap<>();
		body.put("slug", slug);
		body.put("title", "Growth 101 " + slug);
		body.put("description", "Three plays that fill a calendar.");
		body.put("startsAt", start.toString());
		body.put("endsAt", start.plus(90, ChronoUnit.MINUTES).toString());
		body.put("timeZone", "Europe/Berlin");
		body.put("priceCents", priceCents);
		body.put("currency", "EUR");
		body.put("capacity", capacity);
		body.put("agenda", java.util.List.of(Map.of("minute", 0, "title", "Welcome"), Map.of("minute", 30, "title", "Pricing")));
		body.put("questions", java.util.List.of(Map.of("key", "goal", "label", "Your goal?", "required", false)));
		return body;
	}
}
