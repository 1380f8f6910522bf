package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk actions on contacts reach webhooks like single edits do: one {@code contact.updated} per contact a bulk tag or
 * change of owner changed, one {@code contact.deleted} per contact a bulk delete trashed.
 */
class WebhookBulkEditIntegrationTests extends IdentityTestSupport {

	@Test
	void bulkTagOwnerChangeAndTrashSendOneWebhookPerContactChanged() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String path = "/bulk-" + UUID.randomUUID();
			receiver.answers(path, 204);
			String owner = accessToken(registered("bulk-webhooks"));
			String adminEmail = uniqueEmail("bulk-admin");
			invitedMember(owner, adminEmail, "admin");
			String adminId = api().get("/api/v1/me", accessToken(adminEmail)).body().path("id").asString();
			assertThat(api().post("/api/v1/webhooks", Map.of("url", receiver.url(path), "events",
					List.of("contact_updated", "contact_deleted")), owner).status()).isEqualTo(201);
			List<String> ids = List.of(create(owner, "Ada"), create(owner, "Grace"), create(owner, "Alan"));
			String tag = api().post("/api/v1/tags", Map.of("name", "Hot"), owner).text("id");

			// Only the two contacts not tagged yet change.
			assertThat(bulk(owner, ids.subList(0, 1), "tag", Map.of("tagId", tag))).isEqualTo(1);
			await().atMost(Duration.ofSeconds(30)).until(() -> contactIds(receiver, path, "contact.updated").size() == 1);
			assertThat(bulk(owner, ids, "tag", Map.of("tagId", tag))).isEqualTo(2);
			await().atMost(Duration.ofSeconds(30)).until(() -> contactIds(receiver, path, "contact.updated").size() >= 3);
			assertThat(contactIds(receiver, path, "contact.updated")).containsExactlyInAnyOrderElementsOf(ids);

			assertThat(bulk(owner, ids, "change_owner", Map.of("ownerId", adminId))).isEqualTo(3);
			await().atMost(Duration.ofSeconds(30)).until(() -> contactIds(receiver, path, "contact.updated").size() >= 6);
			assertThat(contactIds(receiver, path, "contact.updated")).hasSize(6).containsAll(ids);

			assertThat(bulk(owner, ids, "delete", Map.of())).isEqualTo(3);
			await().atMost(Duration.ofSeconds(30)).until(() -> contactIds(receiver, path, "contact.deleted").size() >= 3);
			assertThat(contactIds(receiver, path, "contact.deleted")).containsExactlyInAnyOrderElementsOf(ids);
			assertThat(receiver.received(path)).allSatisfy(request -> assertThat(json(request).path("data")
				.path(request.getBodyAsString().contains("contact.deleted") ? "deletedBy" : "updatedBy").asString())
				.isNotBlank());
		}
	}

	private String registered(String prefix) {
		String email = uniqueEmail(prefix);
		registerVerified(email);
		return email;
	}

	private String create(String token, String firstName) {
		return api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", firstName)), token).text("id");
	}

	private int bulk(String token, List<String> ids, String action, Map<String, Object> argument) {
		Map<String, Object> body = new HashMap<>(argument);
		body.put("ids", ids);
		body.put("action", action);
		return api().post("/api/v1/contacts/bulk", body, token).body().path("affected").asInt();
	}

	private static List<String> contactIds(WebhookReceiver receiver, String path, String type) {
		return receiver.received(path).stream().map(WebhookBulkEditIntegrationTests::json)
			.filter(body -> body.path("type").asString().equals(type))
			.map(body -> body.path("data").path("contactId").asString())
			.toList();
	}

	private static JsonNode json(LoggedRequest request) {
		return JsonMapper.builder().build().readTree(request.getBodyAsString());
	}
}
