package com.growthhub.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Contacts as tests send them to the API: with the standard fields an organization requires by default (seed 002's
 * first name, last name, email and phone), the email and phone unique so that no two test people look like duplicates.
 */
public final class ContactMother {

	private ContactMother() {
	}

	/** A person with this first name and made-up required fields. */
	public static Map<String, Object> person(String firstName) {
		return complete(Map.of("firstName", firstName));
	}

	/** The fields given, with a last name, an email and a phone added where they are missing. */
	public static Map<String, Object> complete(Map<String, ?> fields) {
		Map<String, Object> complete = new LinkedHashMap<>(fields);
		complete.putIfAbsent("lastName", "Tester");
		complete.putIfAbsent("email", "person-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@example.com");
		complete.putIfAbsent("phone", phone());
		return complete;
	}

	/** The fields given with an email and a phone, for an organization in privacy mode (no last names). */
	public static Map<String, Object> completeWithoutLastName(Map<String, ?> fields) {
		Map<String, Object> complete = complete(fields);
		if (!fields.containsKey("lastName")) {
			complete.remove("lastName");
		}
		return complete;
	}

	/** A New York number nobody else in the test run has (exchanges ending in 11 are service codes). */
	public static String phone() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int exchange;
		do {
			exchange = random.nextInt(200, 1000);
		}
		while (exchange % 100 == 11);
		return "+1 212 " + exchange + " " + String.format("%04d", random.nextInt(10000));
	}
}
