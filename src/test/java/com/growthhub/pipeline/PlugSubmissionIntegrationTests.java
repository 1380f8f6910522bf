package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.node.ArrayNode;

class PlugSubmissionIntegrationTests extends IdentityTestSupport {

	@Test
	void submittingAPlugConvertsTheContactAndNotifiesManagersAdminsAndOwners() {
		String owner = uniqueEmail("plugs");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String manager = invitedMember(ownerToken, "manager");
		String admin = invitedMember(ownerToken, "admin");
		String member = invitedMember(ownerToken, "member");
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Pat", "lastName", "Plug")), ownerToken).text("id");

		ApiClient.Response submitted = api().post("/api/v1/contacts/" + contact + "/submit-plug", null, member);
		assertThat(submitted.status()).isEqualTo(200);
		ApiClient.Response converted = api().get("/api/v1/contacts/" + contact, ownerToken);
		assertThat(converted.text("type")).isEqualTo("plug");
		assertThat(converted.text("status")).isEqualTo("submitted");

		for (String token : List.of(ownerToken, manager, admin)) {
			// The notification follows the PlugSubmitted event after commit.
			await().until(() -> api().get("/api/v1/notifications", token).body().path("items").size() > 0);
			ApiClient.Response bell = api().get("/api/v1/notifications", token);
			assertThat(bell.body().path("items")).hasSize(1);
			assertThat(bell.body().path("items").get(0).path("type").asText()).isEqualTo("plug_submitted");
			assertThat(bell.body().path("items").get(0).path("link").asText()).isEqualTo("/contacts/" + contact);
		}
		assertThat(api().get("/api/v1/notifications", member).body().path("items")).as("not the actor")
			.isInstanceOf(ArrayNode.class)
			.isEmpty();

		assertThat(api().post("/api/v1/contacts/" + contact + "/submit-plug", null, member).status())
			.as("a plug is not a contact any more").isEqualTo(409);
		assertThat(api().post("/api/v1/contacts/" + UUID.randomUUID() + "/submit-plug", null, member).status()).isEqualTo(404);
	}
}
