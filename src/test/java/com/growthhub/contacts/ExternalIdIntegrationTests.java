package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

class ExternalIdIntegrationTests extends IdentityTestSupport {

	@Autowired
	ContactDirectory directory;

	private String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("external");
		registerVerified(owner);
		token = accessToken(owner);
	}

	private String create(String firstName) {
		return api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", firstName)), token).text("id");
	}

	private ApiClient.Response put(String contact, String platform, String externalId, String as) {
		return api().exchange("PUT", "/api/v1/contacts/" + contact + "/external-ids/" + platform,
				Map.of("externalId", externalId), as, Map.of());
	}

	@Test
	void setsReplacesListsFindsAndRemovesAnExternalId() {
		String id = create("Synced");
		ApiClient.Response set = put(id, "salesforce", "003A", token);
		assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
		assertThat(set.text("platform")).isEqualTo("salesforce");
		assertThat(put(id, "salesforce", "003B", token).text("externalId")).isEqualTo("003B");
		put(id, "hubspot", "77", token);
		assertThat(api().get("/api/v1/contacts/" + id + "/external-ids", token).body().path("items").size()).isEqualTo(2);

		assertThat(api().get("/api/v1/contacts/by-external-id/salesforce/003B", token).text("id")).isEqualTo(id);
		assertThat(api().get("/api/v1/contacts/by-external-id/salesforce/003A", token).status()).isEqualTo(404);

		assertThat(api().exchange("DELETE", "/api/v1/contacts/" + id + "/external-ids/salesforce", null, token, Map.of())
			.status()).isEqualTo(204);
		assertThat(api().get("/api/v1/contacts/by-external-id/salesforce/003B", token).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/contacts/" + id + "/external-ids/salesforce", null, token, Map.of())
			.status()).isEqualTo(404);
	}

	@Test
	void anExternalIdBelongsToOneContactPerOrganization() {
		String first = create("First");
		String second = create("Second");
		put(first, "ghl", "g-1", token);
		assertThat(put(second, "ghl", "g-1", token).status()).isEqualTo(409);
		assertThat(put(second, "ctm", "g-1", token).status()).isEqualTo(200);

		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		String their = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Theirs")), theirs).text("id");
		assertThat(put(their, "ghl", "g-1", theirs).status()).isEqualTo(200);
		assertThat(put(first, "hubspot", "x", theirs).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/contacts/by-external-id/ghl/g-1", theirs).text("id")).isEqualTo(their);
		assertThat(api().get("/api/v1/contacts/by-external-id/ghl/g-1", token).text("id")).isEqualTo(first);
	}

	@Test
	void badPlatformsAndEmptyIdsAreRefused() {
		String id = create("Bad");
		assertThat(put(id, "myspace", "1", token).status()).isEqualTo(400);
		assertThat(put(id, "hubspot", " ", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/contacts/by-external-id/myspace/1", token).status()).isEqualTo(400);
	}

	@Test
	void otherModulesFindContactsByExternalId() {
		String id = create("Directory");
		put(id, "google_sheets", "row-7", token);
		UUID organization = transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("select organization_id from contacts where id = ?").param(UUID.fromString(id))
					.query(UUID.class).single());
		assertThat(directory.findByExternalId(OrganizationId.of(organization), "GOOGLE_SHEETS", "row-7"))
			.contains(ContactId.of(UUID.fromString(id)));
		assertThat(directory.findByExternalId(OrganizationId.of(UUID.randomUUID()), "google_sheets", "row-7")).isEmpty();
	}
}
