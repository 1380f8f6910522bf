package com.growthhub.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/** The calls API: the inbox's filters and pages, rating with PATCH, classification, stats, journeys, tenancy. */
class CallApiIntegrationTests extends IdentityTestSupport {

	@Autowired
	CallLog callLog;

	OrganizationId organization;
	String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("calls-api");
		registerVerified(owner);
		token = accessToken(owner);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).body().path("organizationId").asString()));
	}

	@Test
	void listsNewestFirstInPagesAndFilters() {
		String warm = record("+14155550201", "How much does the premium plan cost? Please email me a quote.");
		String spam = record("+14155550202", "This is an automated call about your vehicle's extended warranty, press 1.");
		String missed = callLog.record(organization, "ctm", CallFixtures.missed(CallFixtures.externalId(), "+14155550203"))
			.callId().toString();

		JsonNode first = api().get("/api/v1/calls?limit=2", token).body();
		assertThat(ids(first)).hasSize(2);
		JsonNode second = api().get("/api/v1/calls?limit=2&cursor=" + first.path("nextCursor").asString(), token).body();
		assertThat(second.path("nextCursor").isMissingNode()).isTrue();
		List<String> all = new java.util.ArrayList<>(ids(first));
		all.addAll(ids(second));
		assertThat(all).containsExactlyInAnyOrder(warm, spam, missed);

		assertThat(ids(api().get("/api/v1/calls?category=spam", token).body())).containsExactly(spam);
		assertThat(ids(api().get("/api/v1/calls?rating=3", token).body())).containsExactly(warm);
		assertThat(ids(api().get("/api/v1/calls?rating=none", token).body())).containsExactly(missed);
		assertThat(ids(api().get("/api/v1/calls?q=warranty", token).body())).containsExactly(spam);
		assertThat(ids(api().get("/api/v1/calls?q=quotes", token).body())).as("stemmed").containsExactly(warm);
		assertThat(ids(api().get("/api/v1/calls?source=website", token).body())).containsExactly(missed);
		JsonNode item = api().get("/api/v1/calls?category=warm", token).body().path("items").get(0);
		assertThat(item.path("status").asString()).isEqualTo("answered");
		assertThat(item.path("direction").asString()).isEqualTo("inbound");
		assertThat(item.path("category").asString()).isEqualTo("warm");
		String contactId = item.path("contactId").asString();
		assertThat(ids(api().get("/api/v1/calls?contactId=" + contactId, token).body())).containsExactly(warm);
	}

	@Test
	void badFiltersAnswer400NamingTheField() {
		assertField(api().get("/api/v1/calls?category=hot", token), "category");
		assertField(api().get("/api/v1/calls?rating=6", token), "rating");
		assertField(api().get("/api/v1/calls?from=yesterday", token), "from");
		assertField(api().get("/api/v1/calls?reviewed=maybe", token), "reviewed");
		assertThat(api().get("/api/v1/calls?cursor=nonsense", token).status()).isEqualTo(400);
	}

	@Test
	void rateAndCategorizeWithPatch() {
		String id = record("+14155550211", "How much does the premium plan cost?");

		ApiClient.Response rated = api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("rating", 4), token, Map.of());
		assertThat(rated.status()).as(rated.body().toString()).isEqualTo(200);
		assertThat(rated.body().path("call").path("category").asString()).isEqualTo("very_good");
		assertThat(rated.body().path("history").toString()).contains("\"changedBy\":\"person\"", "\"newValue\":\"very_good\"");

		Map<String, Object> cleared = new HashMap<>();
		cleared.put("rating", null);
		assertThat(api().exchange("PATCH", "/api/v1/calls/" + id, cleared, token, Map.of()).body().path("call").path("category").asString())
			.isEqualTo("unreviewed");

		JsonNode needs = api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("category", "needs_attention"), token, Map.of()).body();
		assertThat(needs.path("call").path("rating").asInt()).isEqualTo(3);
		assertThat(needs.path("call").path("reviewed").asBoolean()).isTrue();

		assertField(api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("rating", 7), token, Map.of()), "rating");
		assertField(api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("category", "spam", "rating", 5), token, Map.of()), "category");
		assertField(api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("category", "hot"), token, Map.of()), "category");

		JsonNode converted = api().post("/api/v1/calls/" + id + "/convert", null, token).body();
		assertThat(converted.path("call").path("category").asString()).isEqualTo("converted");
		assertThat(converted.path("call").path("rating").asInt()).isEqualTo(5);
	}

	@Test
	void classifyAgainAndTheReviewQueue() {
		String unclear = record("+14155550221", "Hello? Hello? I can't hear you.");
		String clear = record("+14155550222", "I'd like to book an appointment for the installation, ready to pay a deposit.");

		assertThat(ids(api().get("/api/v1/calls?reviewed=false", token).body())).containsExactly(unclear);
		api().exchange("PATCH", "/api/v1/calls/" + unclear, Map.of("category", "spam"), token, Map.of());
		assertThat(ids(api().get("/api/v1/calls?reviewed=false", token).body())).isEmpty();

		JsonNode again = api().post("/api/v1/calls/" + unclear + "/classify", null, token).body();
		assertThat(again.path("call").path("category").asString()).isEqualTo("unreviewed");
		assertThat(again.path("call").path("classifiedBy").asString()).isEqualTo("rules");
		assertThat(ids(api().get("/api/v1/calls?reviewed=true", token).body())).containsExactly(clear);
	}

	@Test
	void countsPerCategoryPerDay() {
		record("+14155550231", "How much does the premium plan cost?");
		record("+14155550232", "Could you email me a quote?");
		callLog.record(organization, "ctm", CallFixtures.missed(CallFixtures.externalId(), "+14155550233"));

		JsonNode stats = api().get("/api/v1/calls/stats?interval=day", token).body();
		assertThat(stats.path("interval").asString()).isEqualTo("day");
		long warm = stats.path("items").valueStream().mapToLong(p -> p.path("counts").path("warm").asLong(0)).sum();
		long unanswered = stats.path("items").valueStream().mapToLong(p -> p.path("counts").path("unanswered").asLong(0))
			.sum();
		assertThat(warm).isEqualTo(2);
		assertThat(unanswered).isEqualTo(1);
		assertThat(api().get("/api/v1/calls/stats?interval=month", token).status()).isEqualTo(400);
	}

	@Test
	void statsOfWholeDaysComeFromTheDailyCountsAndFollowAReclassification() {
		Instant day1 = Instant.parse("2026-11-02T00:00:00Z");
		missedAt(day1.plus(1, ChronoUnit.HOURS));
		missedAt(day1.plus(23, ChronoUnit.HOURS));
		String moved = missedAt(day1.plus(1, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS));
		missedAt(day1.plus(2, ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS));

		assertThat(stats("2026-11-02T00:00:00Z", "2026-11-05T00:00:00Z"))
			.containsExactly("2026-11-02:unanswered=2", "2026-11-03:unanswered=1", "2026-11-04:unanswered=1");
		// Partial days at both ends are counted from the calls themselves.
		assertThat(stats("2026-11-02T12:00:00Z", "2026-11-04T12:00:00Z"))
			.containsExactly("2026-11-02:unanswered=1", "2026-11-03:unanswered=1", "2026-11-04:unanswered=1");
		assertThat(stats("2026-11-02T00:30:00Z", "2026-11-02T01:30:00Z")).containsExactly("2026-11-02:unanswered=1");

		api().exchange("PATCH", "/api/v1/calls/" + moved, Map.of("category", "spam"), token, Map.of());
		assertThat(stats("2026-11-02T00:00:00Z", "2026-11-05T00:00:00Z"))
			.containsExactly("2026-11-02:unanswered=2", "2026-11-03:spam=1", "2026-11-04:unanswered=1");
		// 2026-11-02 is a Monday: the week of the Sunday before has no calls.
		assertThat(stats("week", "2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z"))
			.containsExactly("2026-11-02:spam=1", "2026-11-02:unanswered=3");
	}

	private String missedAt(Instant start) {
		IncomingCall missed = CallFixtures.missed(CallFixtures.externalId(), "+14155550261");
		return callLog.record(organization, "ctm", new IncomingCall(missed.externalId(), missed.trackingNumber(),
				missed.callerNumber(), null, missed.direction(), missed.source(), null, start, 0, missed.status(), null,
				List.of(), null)).callId().toString();
	}

	/** {@code day:category=count}, by day then category. */
	private List<String> stats(String from, String to) {
		return stats("day", from, to);
	}

	private List<String> stats(String interval, String from, String to) {
		JsonNode items = api().get("/api/v1/calls/stats?interval=" + interval + "&from=" + from + "&to=" + to, token).body()
			.path("items");
		List<String> found = new java.util.ArrayList<>();
		items.valueStream().forEach(period -> period.path("counts").properties()
			.forEach(count -> found.add(period.path("period").asString() + ":" + count.getKey() + "=" + count.getValue().asLong())));
		return found;
	}

	@Test
	void startsAJourneyForTheCallsContact() {
		String id = record("+14155550241", "I'd like to book an appointment.");
		assertThat(api().post("/api/v1/calls/" + id + "/journey", null, token).status()).as("no template yet").isEqualTo(422);
		ApiClient.Response template = api().post("/api/v1/journey-templates", Map.of("name", "Onboarding",
				"steps", List.of(Map.of("title", "Welcome call", "dueOffsetDays", 1, "assigneeRole", "member"))), token);
		assertThat(template.status()).as(template.body().toString()).isEqualTo(201);

		ApiClient.Response started = api().post("/api/v1/calls/" + id + "/journey", null, token);

		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		String contactId = api().get("/api/v1/calls/" + id, token).body().path("call").path("contactId").asString();
		assertThat(started.text("contactId")).isEqualTo(contactId);
		JsonNode journey = api().get("/api/v1/journeys/" + started.text("journeyId"), token).body();
		assertThat(journey.path("contactId").asString()).isEqualTo(contactId);
		assertThat(journey.path("name").asString()).isEqualTo("Onboarding");
	}

	@Test
	void anotherOrganizationsCallAnswers404AndMembersMayRate() {
		String id = record("+14155550251", "How much is it?");
		String stranger = uniqueEmail("calls-stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);

		assertThat(api().get("/api/v1/calls/" + id, strangerToken).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("rating", 1), strangerToken, Map.of()).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/calls/" + id + "/journey", null, strangerToken).status()).isEqualTo(404);
		assertThat(ids(api().get("/api/v1/calls", strangerToken).body())).isEmpty();
		assertThat(api().get("/api/v1/calls/" + UUID.randomUUID(), token).status()).isEqualTo(404);

		String member = invitedMember(token, "member");
		assertThat(api().exchange("PATCH", "/api/v1/calls/" + id, Map.of("rating", 2), member, Map.of()).status()).isEqualTo(200);
	}

	private String record(String number, String line) {
		return callLog.record(organization, "ctm", CallFixtures.answered(CallFixtures.externalId(), number, null, line))
			.callId().toString();
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}

	private static void assertField(ApiClient.Response answer, String field) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
		assertThat(answer.body().path("errors").toString()).contains("\"field\":\"" + field + "\"");
	}
}
