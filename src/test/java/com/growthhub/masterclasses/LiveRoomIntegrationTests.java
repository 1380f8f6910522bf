package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.masterclasses.LiveRoomFixtures.Registrant;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The live room end to end: the registrant's page and public API by join token (stream, chat, heartbeat, clicks), the
 * staff's chat moderation, notifications and attendance API, bad input and other organizations' ids.
 */
class LiveRoomIntegrationTests extends IdentityTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(10);

	OrganizationId organization;
	UUID owner;
	String token;
	LiveRoomFixtures fixtures;

	@BeforeEach
	void organization() {
		String email = uniqueEmail("live-room");
		registerVerified(email);
		token = accessToken(email);
		JsonNode me = api().get("/api/v1/me", token).body();
		organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		owner = UUID.fromString(me.path("id").asString());
		fixtures = new LiveRoomFixtures(jdbc, transactions);
	}

	@Test
	void chatReachesEveryViewersStreamAndTheStaffsList() throws Exception {
		UUID live = fixtures.masterclass(organization, owner, "live", 10, null);
		Registrant ada = fixtures.register(organization, live, "Ada Lovelace");
		Registrant bob = fixtures.register(organization, live, "Bob Stone");

		try (RoomEventStream stream = RoomEventStream.open(url("/api/v1/public/live/" + bob.token() + "/stream"))) {
			assertThat(stream.opening(WAIT).data()).contains("\"viewers\"");
			ApiClient.Response posted = api().post(live(ada, "/chat"), Map.of("body", "Hello from Berlin, what is the price?"), null);
			assertThat(posted.status()).isEqualTo(201);
			assertThat(posted.text("authorName")).isEqualTo("Ada Lovelace");
			assertThat(posted.body().path("question").asBoolean()).as("ends with a question mark").isTrue();

			JsonNode event = json(stream.next("chat", WAIT).data());
			assertThat(event.path("id").asString()).isEqualTo(posted.text("id"));
			assertThat(event.path("body").asString()).isEqualTo("Hello from Berlin, what is the price?");

			ApiClient.Response host = api().post("/api/v1/masterclasses/" + live + "/chat",
					Map.of("body", "Prices at https://example.com/pricing"), token);
			assertThat(host.status()).as("the host may post links").isEqualTo(201);
			assertThat(json(stream.next("chat", WAIT).data()).path("staff").asBoolean()).isTrue();

			assertThat(api().exchange("DELETE", "/api/v1/masterclasses/" + live + "/chat/" + posted.text("id"), null, token,
					Map.of()).status()).isEqualTo(204);
			assertThat(json(stream.next("chat_deleted", WAIT).data()).path("id").asString()).isEqualTo(posted.text("id"));

			assertThat(api().post("/api/v1/masterclasses/" + live + "/chat/" + host.text("id") + "/pin", Map.of("pinned", true),
					token).body().path("pinned").asBoolean()).isTrue();
			assertThat(json(stream.next("pinned", WAIT).data()).path("id").asString()).isEqualTo(host.text("id"));
		}

		JsonNode staffList = api().get("/api/v1/masterclasses/" + live + "/chat?limit=1", token).body();
		assertThat(staffList.path("items")).hasSize(1);
		assertThat(staffList.path("nextCursor").asString()).isNotBlank();
		JsonNode next = api().get("/api/v1/masterclasses/" + live + "/chat?limit=5&cursor=" + staffList.path("nextCursor").asString(),
				token).body();
		assertThat(next.path("items").get(0).hasNonNull("deletedAt")).as("staff see deleted messages").isTrue();
		JsonNode room = api().get(live(bob, "/room"), null).body();
		assertThat(room.path("chat")).as("registrants no longer see the deleted message").hasSize(1);
		assertThat(room.path("status").asString()).isEqualTo("live");
	}

	@Test
	void streamsOpenedAllAtOnceEachGetReadyThenTheCount() throws Exception {
		UUID live = fixtures.masterclass(organization, owner, "live", 10, null);
		int viewers = 100;
		java.util.List<Registrant> registrants = new java.util.ArrayList<>();
		for (int i = 0; i < viewers; i++) {
			registrants.add(fixtures.register(organization, live, "Viewer " + i));
		}
		java.util.List<String> silent = new java.util.concurrent.CopyOnWriteArrayList<>();
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(viewers);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		for (Registrant registrant : registrants) {
			Thread.ofVirtual().start(() -> {
				try {
					start.await();
					// Opening waits for the stream's 'ready' (10 s at most).
					try (var stream = com.growthhub.SseTestClient.open(
							url("/api/v1/public/live/" + registrant.token() + "/stream"), Map.of())) {
						stream.next("viewers", WAIT);
					}
				}
				catch (Throwable ex) {
					silent.add(registrant.name() + ": " + ex);
				}
				finally {
					done.countDown();
				}
			});
		}
		start.countDown();
		assertThat(done.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(silent).as("streams without their 'ready' and count").isEmpty();
	}

	@Test
	void refusesWhatTheChatCannotTake() {
		UUID live = fixtures.masterclass(organization, owner, "live", 10, null);
		Registrant ada = fixtures.register(organization, live, "Ada");
		Registrant eve = fixtures.register(organization, live, "Eve");

		assertProblem(api().post(live(ada, "/chat"), Map.of("body", "a".repeat(501)), null), 422);
		assertProblem(api().post(live(ada, "/chat"), Map.of("body", "cheap pills at www.pills.example.com"), null), 422);
		assertProblem(api().post(live(ada, "/chat"), Map.of("body", "   "), null), 422);
		assertProblem(api().post(live(ada, "/chat"), "{not json", null), 400);

		for (int i = 0; i < 3; i++) {
			assertThat(api().post(live(ada, "/chat"), Map.of("body", "message " + i), null).status()).isEqualTo(201);
		}
		ApiClient.Response limited = api().post(live(ada, "/chat"), Map.of("body", "one more"), null);
		assertProblem(limited, 429);
		assertThat(Integer.parseInt(limited.headers().getFirst("Retry-After"))).isBetween(1, 5);

		assertThat(api().post("/api/v1/masterclasses/" + live + "/mutes", Map.of("registrationId", eve.id()), token).status())
			.isEqualTo(204);
		assertProblem(api().post(live(eve, "/chat"), Map.of("body", "hello?"), null), 403);
		assertThat(api().exchange("DELETE", "/api/v1/masterclasses/" + live + "/mutes/" + eve.id(), null, token, Map.of()).status())
			.isEqualTo(204);
		assertThat(api().post(live(eve, "/chat"), Map.of("body", "hello again"), null).status()).isEqualTo(201);

		assertProblem(api().post("/api/v1/public/live/no-such-token/chat", Map.of("body", "hi"), null), 404);
		assertProblem(api().post("/api/v1/public/live/" + "x".repeat(300) + "/heartbeat", null, null), 404);
		assertProblem(api().post("/api/v1/masterclasses/" + live + "/mutes", Map.of(), token), 422);
		assertProblem(api().post("/api/v1/masterclasses/" + live + "/mutes", Map.of("registrationId", UUID.randomUUID()), token), 404);
	}

	@Test
	void notificationsGoOutNowOrOnceAtTheirMediaTime() throws Exception {
		UUID live = fixtures.masterclass(organization, owner, "live", 10, null);
		UUID other = fixtures.masterclass(organization, owner, "live", 10, null);
		Registrant ada = fixtures.register(organization, live, "Ada");
		String notifications = "/api/v1/masterclasses/" + live + "/notifications";

		assertProblem(api().post(notifications, Map.of("kind", "banner", "text", "x", "sendNow", true), token), 422);
		assertProblem(api().post(notifications, Map.of("kind", "offer", "text", "x"), token), 422);
		assertProblem(api().post(notifications, Map.of("kind", "offer", "text", "x", "sendNow", true, "mediaTimeSeconds", 5), token), 422);
		assertProblem(api().post(notifications, Map.of("kind", "link", "text", "x", "url", "javascript:alert(1)", "sendNow", true), token), 422);

		ApiClient.Response later;
		try (RoomEventStream stream = RoomEventStream.open(url("/api/v1/public/live/" + ada.token() + "/stream"))) {
			ApiClient.Response now = api().post(notifications,
					Map.of("kind", "offer", "text", "20% off today", "url", "https://shop.example.com/offer", "sendNow", true), token);
			assertThat(now.status()).isEqualTo(201);
			assertThat(now.text("sentAt")).isNotBlank();
			assertThat(json(stream.next("notification", WAIT).data()).path("text").asString()).isEqualTo("20% off today");

			// Media time 0 of a class live for a minute: due at once, sent by the room's timer within a second or two.
			ApiClient.Response scheduled = api().post(notifications,
					Map.of("kind", "book_call", "text", "Book your strategy call", "mediaTimeSeconds", 0), token);
			assertThat(scheduled.status()).isEqualTo(201);
			assertThat(scheduled.body().hasNonNull("sentAt")).isFalse();
			later = api().post(notifications,
					Map.of("kind", "poll", "text", "Which topic next?", "mediaTimeSeconds", 3600), token);
			JsonNode fired = json(stream.next("notification", WAIT).data());
			assertThat(fired.path("id").asString()).isEqualTo(scheduled.text("id"));
			await().atMost(WAIT).untilAsserted(() -> assertThat(sentAt(notifications, scheduled.text("id"))).isNotBlank());
			assertThat(sentAt(notifications, later.text("id"))).as("an hour in: not yet").isBlank();
		}

		JsonNode room = api().get(live(ada, "/room"), null).body();
		assertThat(room.path("notifications")).hasSize(2);
		ApiClient.Response click = api().post(live(ada, "/offers/" + api().get(notifications, token).body().path("items").get(0)
			.path("id").asString() + "/click"), Map.of(), null);
		assertThat(click.status()).isEqualTo(200);
		assertThat(fixtures.system(() -> jdbc.sql("select count(*) from masterclass_offer_clicks where registration_id = ?")
			.param(ada.id()).query(Long.class).single())).isEqualTo(1);

		String elsewhere = api().post("/api/v1/masterclasses/" + other + "/notifications",
				Map.of("kind", "offer", "text", "Other class", "mediaTimeSeconds", 9000), token).text("id");
		assertProblem(api().post(live(ada, "/offers/" + elsewhere + "/click"), Map.of(), null), 404);
		assertThat(api().exchange("DELETE", notifications + "/" + later.text("id"), null, token, Map.of()).status()).isEqualTo(204);
		assertProblem(api().exchange("DELETE", notifications + "/" + later.text("id"), null, token, Map.of()), 404);
	}

	@Test
	void heartbeatsCountViewersAndMoveARegistrantToAttendedOnceAtTheThreshold() {
		UUID live = fixtures.masterclass(organization, owner, "live", 1, null);
		Registrant ada = fixtures.register(organization, live, "Ada");
		Registrant bob = fixtures.register(organization, live, "Bob");

		JsonNode first = api().post(live(ada, "/heartbeat"), null, null).body();
		assertThat(first.path("viewers").asInt()).isEqualTo(1);
		assertThat(first.path("status").asString()).isEqualTo("live");
		assertThat(api().post(live(bob, "/heartbeat"), null, null).body().path("viewers").asInt()).isEqualTo(2);
		assertThat(fixtures.funnelStatus(ada.id())).isEqualTo("registered");

		fixtures.ageSessions(ada.id(), 30);
		api().post(live(ada, "/heartbeat"), null, null);
		assertThat(fixtures.funnelStatus(ada.id())).as("30 s of a 1-minute threshold").isEqualTo("registered");
		fixtures.ageSessions(ada.id(), 30);
		api().post(live(ada, "/heartbeat"), null, null);
		assertThat(fixtures.funnelStatus(ada.id())).isEqualTo("attended");

		// Silent for longer than a heartbeat and a half: no longer counted; after 75 s a new session starts.
		fixtures.ageSessions(bob.id(), 50);
		assertThat(api().post(live(ada, "/heartbeat"), null, null).body().path("viewers").asInt()).isEqualTo(1);
		fixtures.ageSessions(bob.id(), 40);
		api().post(live(bob, "/heartbeat"), null, null);
		assertThat(fixtures.system(() -> jdbc.sql("select count(*) from masterclass_viewer_sessions where registration_id = ?")
			.param(bob.id()).query(Long.class).single())).isEqualTo(2);

		JsonNode attendance = api().get("/api/v1/masterclasses/" + live + "/attendance", token).body().path("items");
		assertThat(attendance).hasSize(2);
		assertThat(attendance.get(0).path("name").asString()).isEqualTo("Ada");
		assertThat(attendance.get(0).path("minutesWatched").asInt()).isEqualTo(1);
		assertThat(attendance.get(0).path("attended").asBoolean()).isTrue();
		assertThat(attendance.get(1).path("attended").asBoolean()).isFalse();

		assertThat(api().post(live(ada, "/leave"), null, null).status()).isEqualTo(204);
		assertThat(api().post(live(bob, "/heartbeat"), null, null).body().path("viewers").asInt()).isEqualTo(1);
	}

	@Test
	void thePageNeedsTheTokenOfItsOwnMasterclassAndAllowsOnlyTheStreamsHost() throws Exception {
		UUID live = fixtures.masterclass(organization, owner, "live", 10, null);
		UUID waiting = fixtures.masterclass(organization, owner, "published", 10, null);
		Registrant ada = fixtures.register(organization, live, "Ada");
		Registrant early = fixtures.register(organization, waiting, "Early");
		BrowserSession browser = new BrowserSession(port);

		HttpResponse<String> page = browser.get("/mc/" + fixtures.slug(live) + "/live?join=" + ada.token());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"live-player\"").contains("Pricing").doesNotContain("<script>");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self';").contains("connect-src 'self' https://cdn.example.com;")
			.contains("frame-src 'none'");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

		assertThat(browser.get("/mc/" + fixtures.slug(waiting) + "/live?join=" + ada.token()).statusCode())
			.as("a token of another masterclass").isEqualTo(404);
		assertThat(browser.get("/mc/" + fixtures.slug(live) + "/live").statusCode()).isEqualTo(404);
		assertThat(browser.get("/mc/" + fixtures.slug(live) + "/live?join=wrong").statusCode()).isEqualTo(404);
		assertThat(browser.get("/mc/" + fixtures.slug(waiting) + "/live?join=" + early.token()).body())
			.contains("data-testid=\"live-countdown\"");
	}

	@Test
	void theConsoleStartsAndEndsTheSessionAndEveryRoomHearsOfIt() throws Exception {
		String email = uniqueEmail("live-host");
		registerVerified(email);
		JsonNode me = api().get("/api/v1/me", accessToken(email)).body();
		OrganizationId own = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		UUID waiting = fixtures.masterclass(own, UUID.fromString(me.path("id").asString()), "published", 10, null);
		Registrant ada = fixtures.register(own, waiting, "Ada");
		BrowserSession host = signedIn(email);

		String console = host.get("/masterclasses/" + waiting + "/console").body();
		assertThat(console).contains("data-testid=\"console\"");
		// What the console's script calls answers bad input as problem+json, as a program expects, not as an HTML page.
		HttpResponse<String> notJson = host.post("/masterclasses/" + waiting + "/console/chat",
				Map.of("_csrf", BrowserSession.csrf(console), "body", "hi"));
		assertThat(notJson.statusCode()).isEqualTo(415);
		assertThat(notJson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		HttpResponse<String> badId = host.post("/masterclasses/" + waiting + "/console/chat/not-an-id/delete",
				Map.of("_csrf", BrowserSession.csrf(console)));
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(badId.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		try (RoomEventStream stream = RoomEventStream.open(url("/api/v1/public/live/" + ada.token() + "/stream"))) {
			assertThat(host.post("/masterclasses/" + waiting + "/console/start", Map.of("_csrf", BrowserSession.csrf(console)))
				.statusCode()).isEqualTo(204);
			assertThat(stream.next("status", WAIT).data()).isEqualTo("{\"status\":\"live\"}");
			assertThat(api().post(live(ada, "/heartbeat"), null, null).body().path("status").asString()).isEqualTo("live");
			assertThat(host.post("/masterclasses/" + waiting + "/console/end", Map.of("_csrf", BrowserSession.csrf(console)))
				.statusCode()).isEqualTo(204);
			assertThat(stream.next("status", WAIT).data()).isEqualTo("{\"status\":\"ended\"}");
		}
		assertProblem(api().post(live(ada, "/chat"), Map.of("body", "still there?"), null), 409);
		HttpResponse<String> replay = host.get("/masterclasses/" + waiting + "/replay?at=95");
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(replay.body()).contains("data-at=\"95\"");
		assertThat(replay.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("https://cdn.example.com");
		assertThat(new BrowserSession(port).get("/mc/" + fixtures.slug(waiting) + "/live?join=" + ada.token()).body())
			.contains("Chat replay");
		assertThat(host.get("/masterclasses/" + UUID.randomUUID() + "/console").statusCode()).isEqualTo(404);
	}

	@Test
	void anotherOrganizationsIdsAreNotFoundAndMembersDoNotModerate() {
		UUID live = fixtures.masterclass(organization, owner, "live", 10, null);
		Registrant ada = fixtures.register(organization, live, "Ada");
		String message = api().post(live(ada, "/chat"), Map.of("body", "hello"), null).text("id");

		String stranger = accessToken(registerAndReturn(uniqueEmail("live-stranger")));
		String base = "/api/v1/masterclasses/" + live;
		assertProblem(api().get(base + "/chat", stranger), 404);
		assertProblem(api().get(base + "/notifications", stranger), 404);
		assertProblem(api().get(base + "/attendance", stranger), 404);
		assertProblem(api().exchange("DELETE", base + "/chat/" + message, null, stranger, Map.of()), 404);
		assertProblem(api().post(base + "/mutes", Map.of("registrationId", ada.id()), stranger), 404);
		assertProblem(api().post(base + "/notifications", Map.of("kind", "offer", "text", "x", "mediaTimeSeconds", 1), stranger), 404);

		String member = invitedMember(token, "member");
		assertThat(api().get(base + "/chat", member).status()).as("members read").isEqualTo(200);
		assertProblem(api().exchange("DELETE", base + "/chat/" + message, null, member, Map.of()), 403);
		assertProblem(api().post(base + "/notifications", Map.of("kind", "offer", "text", "x", "mediaTimeSeconds", 1), member), 403);
		assertProblem(api().exchange("DELETE", base + "/chat/" + UUID.randomUUID(), null, token, Map.of()), 404);
	}

	private String registerAndReturn(String email) {
		registerVerified(email);
		return email;
	}

	private String sentAt(String notifications, String id) {
		for (JsonNode item : api().get(notifications, token).body().path("items")) {
			if (item.path("id").asString().equals(id)) {
				return item.hasNonNull("sentAt") ? item.path("sentAt").asString() : "";
			}
		}
		throw new AssertionError("no notification " + id);
	}

	private static void assertProblem(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.headers().getContentType()).hasToString("application/problem+json");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String live(Registrant registrant, String path) {
		return "/api/v1/public/live/" + registrant.token() + path;
	}

	private static JsonNode json(String text) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
	}
}
