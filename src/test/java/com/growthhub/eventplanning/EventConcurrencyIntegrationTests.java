package com.growthhub.eventplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.eventplanning.internal.PassCodes;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

/**
 * 200 people registering at once for 50 seats, then 200 scans at once of those 50 passes (each scanned four times):
 * never more seats than the capacity, never a person counted twice.
 */
class EventConcurrencyIntegrationTests extends IdentityTestSupport {

	private static final int PEOPLE = 200;
	private static final int CAPACITY = 50;

	@Autowired
	PassCodes codes;

	@Test
	void concurrentRegistrationsAndCheckInsNeverExceedTheCapacityOrCountTwice() throws Exception {
		String owner = uniqueEmail("crowd");
		registerVerified(owner);
		String token = accessToken(owner);
		Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
		String event = api().post("/api/v1/events", Map.of("title", "Crowded", "type", "meetup", "startsAt", start.toString(),
				"endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "capacity", CAPACITY), token).text("id");
		api().exchange("PATCH", "/api/v1/events/" + event, Map.of("status", "published"), token, Map.of());

		List<ApiClient.Response> registrations = all(PEOPLE, i -> () -> api().post("/api/v1/events/" + event + "/attendees",
				Map.of("email", "crowd-" + i + "-" + UUID.randomUUID() + "@example.com", "firstName", "Person" + i), token));
		assertThat(registrations).allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
		assertThat(registrations.stream().filter(r -> r.text("status").equals("registered"))).hasSize(CAPACITY);
		assertThat(registrations.stream().filter(r -> r.text("status").equals("waitlisted"))).hasSize(PEOPLE - CAPACITY);
		assertThat(api().get("/api/v1/events/" + event, token).body().path("seatsTaken").asInt()).isEqualTo(CAPACITY);

		List<String> firstTen = registrations.stream().filter(r -> r.text("status").equals("registered")).limit(10)
			.map(r -> r.text("id")).toList();
		List<ApiClient.Response> cancellations = all(10, i -> () -> api().post("/api/v1/events/" + event + "/attendees/"
				+ firstTen.get(i) + "/cancel", null, token));
		assertThat(cancellations).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
		assertThat(api().get("/api/v1/events/" + event, token).body().path("seatsTaken").asInt()).isEqualTo(CAPACITY);
		List<String> seated = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select id::text from event_attendees where event_id = ?::uuid and status = 'REGISTERED'
				""").param(event).query(String.class).list());
		assertThat(seated).as("ten waiting people moved up").hasSize(CAPACITY);

		List<String> passes = seated.stream().map(id -> codes.of(UUID.fromString(id))).toList();
		List<ApiClient.Response> scans = all(PEOPLE, i -> () -> api().post("/api/v1/events/check-in",
				Map.of("code", passes.get(i % CAPACITY)), token));
		assertThat(scans.stream().filter(r -> r.status() == 200)).as("one check-in per person").hasSize(CAPACITY);
		assertThat(scans.stream().filter(r -> r.status() == 409)).as("every other scan is a repeat").hasSize(PEOPLE - CAPACITY);

		assertThat(api().get("/api/v1/events/" + event + "/analytics", token).body().path("attended").asLong()).isEqualTo(CAPACITY);
		int doorScans = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select count(*) from event_scans where event_id = ?::uuid and not repeated
				""").param(event).query(Integer.class).single());
		assertThat(doorScans).isEqualTo(CAPACITY);
	}

	private interface Task {
		Callable<ApiClient.Response> of(int i);
	}

	private static List<ApiClient.Response> all(int count, Task task) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(40)) {
			List<Future<ApiClient.Response>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(task.of(i)));
			}
			List<ApiClient.Response> responses = new ArrayList<>();
			for (Future<ApiClient.Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}
}
