package com.growthhub.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** One query over contacts, deals and pages, for the caller's organization only. */
class GlobalSearchIntegrationTests extends IdentityTestSupport {

	@Test
	void findsContactsDealsAndPagesOfTheCallersOrganizationOnly() {
		String owner = uniqueEmail("search");
		registerVerified(owner);
		String token = accessToken(owner);
		String ada = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "lastName", "Quasimodo", "email",
				"ada@analytical.example")), token).text("id");
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Grace", "lastName", "Hopper")), token);
		String deal = api().post("/api/v1/deals", Map.of("contactId", ada, "title", "Quasimodo engine retrofit"), token)
			.text("id");

		List<JsonNode> hits = items(api().get("/api/v1/search?q=quasimodo", token));
		assertThat(hits).extracting(hit -> hit.get("kind").asString() + " " + hit.get("label").asString() + " " + hit.get("url").asString())
			.containsExactly("contact Ada Quasimodo /contacts/" + ada, "deal Quasimodo engine retrofit /deals/" + deal);
		assertThat(items(api().get("/api/v1/search?q=analytical", token))).as("by a part of the email").hasSize(1);
		assertThat(items(api().get("/api/v1/search?q=audit", token))).extracting(hit -> hit.get("url").asString())
			.containsExactly("/settings/audit-log");
		assertThat(items(api().get("/api/v1/search?q=%20%20", token))).as("a blank query").isEmpty();
		assertThat(items(api().get("/api/v1/search?q=" + "a".repeat(5000), token))).as("a huge query is cut, not refused")
			.isEmpty();
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ben", "lastName", "Quasimodo")), token);
		assertThat(items(api().get("/api/v1/search?q=quasimodo", token))).extracting(hit -> hit.get("kind").asString())
			.containsExactly("contact", "contact", "deal");
		assertThat(items(api().get("/api/v1/search?q=quasimodo&limit=1", token))).extracting(hit -> hit.get("kind").asString())
			.as("limit counts per kind").containsExactly("contact", "deal");
		assertThat(api().get("/api/v1/search?q=o&limit=ten", token).status()).isEqualTo(400);

		String stranger = uniqueEmail("search-stranger");
		registerVerified(stranger);
		assertThat(items(api().get("/api/v1/search?q=quasimodo", accessToken(stranger))))
			.as("another organization's contacts and deals").isEmpty();
		assertThat(api().get("/api/v1/search?q=quasimodo", null).status()).isEqualTo(401);
	}

	private static List<JsonNode> items(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("items").valueStream().toList();
	}
}
