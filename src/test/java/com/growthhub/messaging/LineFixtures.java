package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

/** Lines and contacts as the line tests make them through the API. */
record LineFixtures(ApiClient api, String adminToken) {

	/** A number no other line in the test run has (555 exchange, random subscriber). */
	static String number() {
		return "+1555" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	String line(String assignedUserId, Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>(Map.of("assignedUserId", assignedUserId, "displayName", "Sales line",
				"phoneNumber", number()));
		body.putAll(fields);
		ApiClient.Response created = api.post("/api/v1/lines", body, adminToken);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	String activeLine(String assignedUserId, Map<String, Object> fields) {
		String id = line(assignedUserId, fields);
		assertThat(api.post("/api/v1/lines/" + id + "/activate", null, adminToken).status()).isEqualTo(200);
		return id;
	}

	String contact(String firstName) {
		return api.post("/api/v1/contacts", ContactMother.person(firstName), adminToken).text("id");
	}

	String me(String token) {
		return api.get("/api/v1/me", token).text("id");
	}
}
