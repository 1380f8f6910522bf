package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Booking through the public API and managing through the staff API: slots, assignment, bad input, tenancy, status
 * changes, and the double-booking race decided by the database.
 */
class BookingApiIntegrationTests extends IdentityTestSupport {

	String token;
	String ownerId;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("booking");
		registerVerified(owner);
		token = accessToken(owner);
		ownerId = api().get("/api/v1/me", token).body().path("id").asString();
		allDay(token, "/api/v1/availability");
	}

	@Test
	void visitorBooksAFreeSlotAndTheSecondVisitorHearsItWasTaken() {
		String slug = page(List.of(ownerId), "fixed", ownerId);
		JsonNode slots = api().get("/api/v1/public/booking/" + slug + "/slots?days=3&timeZone=Asia/Kolkata", null).body();
		assertThat(slots.path("timeZone").asString()).isEqualTo("Asia/Kolkata");
		JsonNode first = slots.path("days").get(1).path("slots").get(0);
		assertThat(first.path("local").asString()).endsWith("+05:30");
		String start = first.path("start").asString();

		ApiClient.Response booked = book(slug, start, "ada@example.com");
		assertThat(booked.status()).isEqualTo(201);
		assertThat(booked.body().path("timeZone").asString()).isEqualTo("Asia/Kolkata");

		ApiClient.Response again = book(slug, start, "grace@example.com");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().path("title").asString()).isEqualTo("That time was just taken");

		JsonNode listed = api().get("/api/v1/appointments?status=scheduled", token).body().path("items");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("assignmentReason").asString()).isEqualTo("fixed rep");
		assertThat(listed.get(0).path("answers").path("goal").asString()).isEqualTo("grow");
		assertThat(api().get("/api/v1/public/booking/" + slug + "/slots?days=3&timeZone=Asia/Kolkata", null).body()
			.path("days").get(1).path("slots").get(0).path("start").asString()).isNotEqualTo(start);
		String contact = listed.get(0).path("contactId").asString();
		org.awaitility.Awaitility.await().untilAsserted(() -> {
			JsonNode timeline = api().get("/api/v1/contacts/" + contact + "/interactions", token).body().path("items");
			assertThat(timeline).anySatisfy(entry -> {
				assertThat(entry.path("type").asString()).isEqualTo("meeting");
				assertThat(entry.path("text").asString()).startsWith("Booked Sales call for");
			});
		});
	}

	@Test
	void badInputIs4xxNeverA500() {
		String slug = page(List.of(ownerId), "round_robin", null);
		String start = firstSlot(slug);
		Instant offGrid = Instant.parse(start).plus(7, ChronoUnit.MINUTES);

		assertField(api().get("/api/v1/public/booking/" + slug + "/slots?timeZone=Mars/Olympus", null), "timeZone");
		assertField(api().get("/api/v1/public/booking/" + slug + "/slots?from=yesterday&to=now", null), "from");
		assertField(bookWith(slug, Map.of("start", start, "name", "Ada", "email", "ada@example.com", "timeZone", "Mars/Base",
				"answers", Map.of("goal", "grow"))), "timeZone");
		assertField(bookWith(slug, Map.of("start", start, "name", "Ada", "email", "not-an-email", "timeZone", "UTC",
				"answers", Map.of("goal", "grow"))), "email");
		assertField(bookWith(slug, Map.of("start", start, "name", "Ada", "email", "ada@example.com", "timeZone", "UTC")),
				"answers.goal");
		assertField(book(slug, "2020-01-06T09:00:00Z", "ada@example.com"), "start");
		assertThat(book(slug, offGrid.toString(), "ada@example.com").status()).as("not a slot of the page").isEqualTo(422);
		assertThat(book("no-such-page", start, "ada@example.com").status()).isEqualTo(404);
		assertField(api().exchange("PUT", "/api/v1/availability", Map.of("timeZone", "Europe/Nowhere"), token, Map.of()),
				"timeZone");
		assertField(api().post("/api/v1/booking-pages", Map.of("slug", "A!", "title", "x", "durationMinutes", 30,
				"repIds", List.of(ownerId)), token), "slug");
		assertThat(api().post("/api/v1/booking-pages", Map.of("slug", slug, "title", "Copy", "durationMinutes", 30,
				"repIds", List.of(ownerId)), token).status()).as("slug taken").isEqualTo(409);
	}

	@Test
	void anotherOrganizationsIdsAre404() {
		String slug = page(List.of(ownerId), "round_robin", null);
		String pageId = api().get("/api/v1/booking-pages", token).body().path("items").get(0).path("id").asString();
		book(slug, firstSlot(slug), "ada@example.com");
		String appointment = api().get("/api/v1/appointments", token).body().path("items").get(0).path("id").asString();

		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String other = accessToken(stranger);

		assertThat(api().get("/api/v1/booking-pages/" + pageId, other).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/booking-pages/" + pageId + "/slots", other).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/appointments/" + appointment, other).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/appointments/" + appointment, Map.of("status", "cancelled"), other,
				Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/users/" + ownerId + "/availability", other).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/appointments", other).body().path("items")).isEmpty();
	}

	@Test
	void statusMovesOnceFromScheduled() {
		String slug = page(List.of(ownerId), "round_robin", null);
		book(slug, firstSlot(slug), "ada@example.com");
		String id = api().get("/api/v1/appointments", token).body().path("items").get(0).path("id").asString();

		ApiClient.Response completed = patch(id, "completed");
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.body().path("status").asString()).isEqualTo("completed");
		assertThat(patch(id, "cancelled").status()).isEqualTo(409);
		assertField(patch(id, "rescheduled"), "status");
		assertField(patch(id, "finished"), "status");
		assertThat(api().get("/api/v1/appointments?status=completed", token).body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/appointments?status=scheduled", token).body().path("items")).isEmpty();
	}

	@Test
	void roundRobinGivesTheNextSlotToTheLeastRecentlyBookedRep() {
		String member = invitedMember(token, "member");
		String memberId = api().get("/api/v1/me", member).body().path("id").asString();
		allDay(member, "/api/v1/availability");
		String slug = page(List.of(ownerId, memberId), "round_robin", null);
		JsonNode slots = api().get("/api/v1/public/booking/" + slug + "/slots?days=3", null).body().path("days").get(1)
			.path("slots");

		book(slug, slots.get(0).path("start").asString(), "first@example.com");
		book(slug, slots.get(4).path("start").asString(), "second@example.com");

		JsonNode items = api().get("/api/v1/appointments", token).body().path("items");
		assertThat(items).hasSize(2);
		assertThat(List.of(items.get(0).path("repId").asString(), items.get(1).path("repId").asString()))
			.containsExactlyInAnyOrder(ownerId, memberId);
		assertThat(items.get(0).path("assignmentReason").asString())
			.isEqualTo("round robin: least recently booked of 2 free");
		assertThat(api().get("/api/v1/appointments", member).body().path("items")).as("a member sees their own")
			.hasSize(1);
	}

	@Test
	void racingVisitorsGetExactlyOneAppointmentOfASingleRepsSlot() throws Exception {
		String slug = page(List.of(ownerId), "round_robin", null);
		String start = firstSlot(slug);
		int visitors = 8;
		CountDownLatch go = new CountDownLatch(1);
		List<Callable<Integer>> attempts = new ArrayList<>();
		for (int i = 0; i < visitors; i++) {
			String email = "racer" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
			attempts.add(() -> {
				go.await();
				return book(slug, start, email).status();
			});
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(visitors)) {
			List<Future<Integer>> results = attempts.stream().map(pool::submit).toList();
			go.countDown();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
		}

		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
		assertThat(api().get("/api/v1/appointments?status=scheduled", token).body().path("items")).hasSize(1);
	}

	private ApiClient.Response patch(String id, String status) {
		return api().exchange("PATCH", "/api/v1/appointments/" + id, Map.of("status", status), token, Map.of());
	}

	private String firstSlot(String slug) {
		return api().get("/api/v1/public/booking/" + slug + "/slots?days=3", null).body().path("days").get(1)
			.path("slots").get(0).path("start").asString();
	}

	private ApiClient.Response book(String slug, String start, String email) {
		return bookWith(slug, Map.of("start", start, "name", "Ada Lovelace", "email", email, "phone", "+14155550100",
				"timeZone", "Asia/Kolkata", "answers", Map.of("goal", "grow")));
	}

	private ApiClient.Response bookWith(String slug, Map<String, Object> body) {
		return api().post("/api/v1/public/booking/" + slug, body, null);
	}

	private String page(List<String> reps, String mode, String fixedRep) {
		String slug = "call-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("slug", slug, "title", "Sales call", "durationMinutes",
				30, "assignmentMode", mode, "repIds", reps, "questions",
				List.of(Map.of("key", "goal", "label", "Your goal?", "required", true))));
		if (fixedRep != null) {
			body.put("fixedRepId", fixedRep);
		}
		assertThat(api().post("/api/v1/booking-pages", body, token).status()).isEqualTo(201);
		return slug;
	}

	private void allDay(String access, String path) {
		List<Map<String, String>> week = Arrays.stream(DayOfWeek.values())
			.map(day -> Map.of("day", day.name().toLowerCase(), "start", "00:00", "end", "23:30"))
			.toList();
		ApiClient.Response saved = api().exchange("PUT", path, Map.of("timeZone", "UTC", "weeklyHours", week,
				"minimumNoticeMinutes", 0, "bufferAfterMinutes", 0), access, Map.of());
		assertThat(saved.status()).isEqualTo(200);
	}

	private static void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}
}
