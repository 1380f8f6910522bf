package com.growthhub.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The public booking API answers 429 problem+json with Retry-After past its limits, per address and page and per page;
 * other pages stay open. The limits are lowered on the running bean (the test client has one address).
 */
class PublicBookingThrottleIntegrationTests extends IdentityTestSupport {

	@Autowired
	PublicBookingThrottle throttle;

	PublicBookingLimits configured;

	String token;

	@BeforeEach
	void owner() {
		configured = throttle.limits();
		String owner = uniqueEmail("booking-throttle");
		registerVerified(owner);
		token = accessToken(owner);
	}

	@AfterEach
	void restore() {
		throttle.limits(configured);
	}

	@Test
	void slotLookupsAndBookingsPastTheAddressLimitAre429WithRetryAfter() {
		throttle.limits(new PublicBookingLimits(2, 1_000, Duration.ofMinutes(10), 3, 1_000, Duration.ofMinutes(1)));
		String slug = page();
		String other = page();
		for (int i = 0; i < 3; i++) {
			assertThat(slots(slug).status()).isEqualTo(200);
		}
		assertTooMany(slots(slug), 60);
		assertThat(slots(other).status()).as("another page has its own count").isEqualTo(200);

		for (int i = 0; i < 2; i++) {
			assertThat(book(slug).status()).as("refused as a bad time, but counted").isEqualTo(400);
		}
		assertTooMany(book(slug), 600);
		assertThat(book(other).status()).isEqualTo(400);
	}

	@Test
	void bookingsPastThePageLimitAre429WhateverTheAddress() {
		throttle.limits(new PublicBookingLimits(1_000, 2, Duration.ofMinutes(10), 1_000, 1_000, Duration.ofMinutes(1)));
		String slug = page();
		book(slug);
		book(slug);
		assertTooMany(book(slug), 600);
	}

	private static void assertTooMany(ApiClient.Response response, int windowSeconds) {
		assertThat(response.status()).isEqualTo(429);
		assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(Long.parseLong(response.headers().getFirst("Retry-After"))).isBetween(1L, (long) windowSeconds);
		assertThat(response.body().path("retryAfterSeconds").asLong()).isPositive();
	}

	private ApiClient.Response slots(String slug) {
		return api().get("/api/v1/public/booking/" + slug + "/slots?days=2", null);
	}

	private ApiClient.Response book(String slug) {
		return api().post("/api/v1/public/booking/" + slug, Map.of("start", "2020-01-06T09:00:00Z", "name", "Ada Lovelace",
				"email", "ada@example.com", "timeZone", "UTC"), null);
	}

	private String page() {
		String me = api().get("/api/v1/me", token).text("id");
		String slug = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = api().post("/api/v1/booking-pages", Map.of("slug", slug, "title", "Sales call",
				"durationMinutes", 30, "assignmentMode", "round_robin", "repIds", List.of(me)), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return slug;
	}
}
