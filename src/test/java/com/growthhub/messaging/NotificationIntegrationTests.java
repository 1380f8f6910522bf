package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.SseTestClient;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/** The bell's API: listing, unread counts, read and read-all, preferences, email delivery and the live stream. */
class NotificationIntegrationTests extends IdentityTestSupport {

	@Autowired
	Notifications notifications;

	record Person(String email, String token, UUID userId, UUID organizationId) {
	}

	private Person person(String name) {
		String email = uniqueEmail(name);
		registerVerified(email);
		String token = accessToken(email);
		ApiClient.Response me = api().get("/api/v1/me", token);
		return new Person(email, token, UUID.fromString(me.text("id")), UUID.fromString(me.text("organizationId")));
	}

	private void notify(Person to, NotificationType type, String title) {
		transactions.run(TenantScope.organization(OrganizationId.of(to.organizationId()), new Actor.Job("test")),
				() -> notifications.send(OrganizationId.of(to.organizationId()),
						List.of(new Notifications.Recipient(to.userId(), to.email())), type, title, "Details", "/contacts"));
	}

	@Test
	void listsCountsAndMarksNotificationsRead() {
		Person ada = person("bell");
		notify(ada, new NotificationType("deal_assigned"), "Acme renewal was assigned to you");
		notify(ada, new NotificationType("deal_won"), "Acme renewal was won");

		JsonNode page = api().get("/api/v1/notifications", ada.token()).body();
		assertThat(page.path("unreadCount").asLong()).isEqualTo(2);
		assertThat(page.path("items").get(0).path("title").asString()).isEqualTo("Acme renewal was won");
		assertThat(page.path("items").get(0).path("type").asString()).isEqualTo("deal_won");
		String first = page.path("items").get(0).path("id").asString();

		assertThat(api().post("/api/v1/notifications/" + first + "/read", null, ada.token()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/notifications", ada.token()).body().path("unreadCount").asLong()).isEqualTo(1);
		assertThat(api().get("/api/v1/notifications?unread=true", ada.token()).body().path("items").size()).isEqualTo(1);
		assertThat(api().get("/api/v1/notifications?limit=1", ada.token()).body().path("nextCursor").asString()).isNotBlank();

		assertThat(api().post("/api/v1/notifications/read-all", null, ada.token()).body().path("marked").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/notifications", ada.token()).body().path("unreadCount").asLong()).isZero();

		Person stranger = person("stranger");
		assertThat(api().post("/api/v1/notifications/" + first + "/read", null, stranger.token()).status())
			.as("another organization's notification").isEqualTo(404);
		assertThat(api().post("/api/v1/notifications/" + UUID.randomUUID() + "/read", null, ada.token()).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/notifications/not-an-id/read", null, ada.token()).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/notifications?cursor=nonsense", ada.token()).status()).isEqualTo(400);
		String badTime = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("x|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
		assertThat(api().get("/api/v1/notifications?cursor=" + badTime, ada.token()).status())
			.as("a well-formed cursor whose time is not one").isEqualTo(400);
	}

	@Test
	void preferencesDecideInAppAndEmailDelivery() {
		Person grace = person("prefs");
		JsonNode defaults = api().get("/api/v1/notifications/preferences", grace.token()).body();
		assertThat(defaults.path("deal_assigned").path("inApp").asBoolean()).isTrue();
		assertThat(defaults.path("deal_assigned").path("email").asBoolean()).isFalse();

		ApiClient.Response saved = api().exchange("PUT", "/api/v1/notifications/preferences",
				Map.of("deal_assigned", Map.of("inApp", false, "email", true)), grace.token(), Map.of());
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().path("deal_assigned").path("email").asBoolean()).isTrue();
		assertThat(saved.body().path("deal_won").path("inApp").asBoolean()).as("other types keep theirs").isTrue();

		notify(grace, new NotificationType("deal_assigned"), "Globex was assigned to you");
		assertThat(api().get("/api/v1/notifications", grace.token()).body().path("items").size()).isZero();
		assertThat(mailbox().latestBody(grace.email(), "notification")).hasValueSatisfying(
				body -> assertThat(body).contains("Globex was assigned to you"));
		assertThat(mailbox().latestLink(grace.email(), "notification", "/contacts")).as("the email links to the record")
			.contains("/contacts");

		assertThat(api().exchange("PUT", "/api/v1/notifications/preferences", Map.of("telepathy", Map.of("inApp", true,
				"email", true)), grace.token(), Map.of()).status()).isEqualTo(400);
		assertThat(api().exchange("PUT", "/api/v1/notifications/preferences", Map.of("deal_won", Map.of("inApp", true)),
				grace.token(), Map.of()).status()).isEqualTo(400);
		assertThat(api().exchange("PUT", "/api/v1/notifications/preferences", "[1,2]", grace.token(), Map.of()).status()).isEqualTo(400);
	}

	@Test
	void theStreamSendsTheUnreadCountAsItChanges() throws Exception {
		Person alan = person("stream");
		notify(alan, new NotificationType("plug_submitted"), "Earlier");
		try (SseTestClient stream = SseTestClient.open("http://localhost:" + port + "/api/v1/notifications/stream",
				Map.of("Authorization", "Bearer " + alan.token()))) {
			assertThat(stream.next("unread", Duration.ofSeconds(5)).data()).isEqualTo("{\"unread\":1}");
			notify(alan, new NotificationType("journey_step_due"), "Call Ada today");
			assertThat(stream.next("unread", "{\"unread\":2}", Duration.ofSeconds(5)).data()).isEqualTo("{\"unread\":2}");
			api().post("/api/v1/notifications/read-all", null, alan.token());
			assertThat(stream.next("unread", "{\"unread\":0}", Duration.ofSeconds(5)).data()).isEqualTo("{\"unread\":0}");
		}
	}

	@Test
	void aRolledBackChangeNotifiesNobody() throws Exception {
		Person rolled = person("rollback");
		try (SseTestClient stream = SseTestClient.open("http://localhost:" + port + "/api/v1/notifications/stream",
				Map.of("Authorization", "Bearer " + rolled.token()))) {
			stream.next("unread", Duration.ofSeconds(5));
			try {
				transactions.run(TenantScope.organization(OrganizationId.of(rolled.organizationId()), new Actor.Job("test")),
						() -> {
							notifications.send(OrganizationId.of(rolled.organizationId()),
									List.of(new Notifications.Recipient(rolled.userId(), rolled.email())),
									new NotificationType("deal_won"), "Never happened", "", "/");
							throw new IllegalStateException("roll back");
						});
			}
			catch (IllegalStateException expected) {
				// the change and its notification are gone together
			}
			notify(rolled, new NotificationType("deal_won"), "Happened");
			assertThat(stream.next("unread", Duration.ofSeconds(5)).data()).as("only the committed one counts")
				.isEqualTo("{\"unread\":1}");
		}
		assertThat(api().get("/api/v1/notifications", rolled.token()).body().path("items").get(0).path("title").asString())
			.isEqualTo("Happened");
	}
}
