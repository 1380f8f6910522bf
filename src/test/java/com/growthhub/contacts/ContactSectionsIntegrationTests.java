package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The sections of a contact's page (its deals, journeys and lists, contributed by the pipeline, journeys and contacts
 * modules) show the contact's organization's data only, on the page, in the API and when a section is asked directly
 * about another organization's contact.
 */
class ContactSectionsIntegrationTests extends IdentityTestSupport {

	@Autowired
	List<ContactSection> sections;

	/** An organization with one contact that has a deal, a journey and a list, all named after {@code name}. */
	record Organization(String email, String token, OrganizationId id, UUID userId, String contact) {
	}

	private Organization organizationWith(String name) {
		String email = uniqueEmail(name.toLowerCase());
		registerVerified(email);
		String token = accessToken(email);
		ApiClient.Response me = api().get("/api/v1/me", token);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", name, "lastName", "Person")), token).text("id");
		assertThat(api().post("/api/v1/deals", Map.of("contactId", contact, "title", name + " deal", "valueCents", 125075,
				"currency", "EUR"), token).status()).isEqualTo(201);
		String template = api().post("/api/v1/journey-templates", Map.of("name", name + " journey", "steps",
				List.of(Map.of("title", name + " first step", "dueOffsetDays", 1, "assigneeRole", "owner"))), token)
			.text("id");
		assertThat(api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token).status())
			.isEqualTo(201);
		String list = api().post("/api/v1/lists", Map.of("name", name + " list"), token).text("id");
		api().post("/api/v1/lists/" + list + "/members", Map.of("contactIds", List.of(contact)), token);
		return new Organization(email, token, OrganizationId.of(UUID.fromString(me.text("organizationId"))),
				UUID.fromString(me.text("id")), contact);
	}

	@Test
	void sectionsShowTheContactsOwnOrganizationsDataOnly() throws Exception {
		Organization mine = organizationWith("Mallory");
		Organization theirs = organizationWith("Trent");

		JsonNode related = api().get("/api/v1/contacts/" + mine.contact() + "/related", mine.token()).body();
		assertThat(related.path("deals").path("items").findValuesAsString("title")).containsExactly("Mallory deal");
		assertThat(related.path("deals").path("items").get(0).path("currency").asString()).isEqualTo("EUR");
		assertThat(related.path("deals").path("items").get(0).path("status").asString()).isEqualTo("open");
		assertThat(related.path("journeys").path("items").findValuesAsString("name")).containsExactly("Mallory journey");
		assertThat(related.path("journeys").path("items").get(0).path("currentStep").path("title").asString())
			.isEqualTo("Mallory first step");
		assertThat(related.path("lists").path("items").findValuesAsString("name")).containsExactly("Mallory list");
		assertThat(related.toString()).doesNotContain("Trent");

		assertThat(api().get("/api/v1/contacts/" + theirs.contact() + "/related", mine.token()).status()).isEqualTo(404);

		String page = signedIn(mine.email()).get("/contacts/" + mine.contact()).body();
		assertThat(page).contains("Mallory deal", "Mallory journey", "Mallory first step", "Mallory list")
			.doesNotContain("Trent");
		BrowserSession stranger = signedIn(theirs.email());
		assertThat(stranger.get("/contacts/" + mine.contact()).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/contacts/" + theirs.contact()).body()).doesNotContain("Mallory");

		// Asked directly about another organization's contact, every section finds nothing of it.
		for (ContactSection section : sections) {
			Map<String, Object> model = section.model(theirs.id(), new Actor.User(theirs.userId()),
					ContactId.of(UUID.fromString(mine.contact())));
			assertThat((List<?>) model.get("items")).as(section.key()).isEmpty();
			assertThat(model.toString()).as(section.key()).doesNotContain("Mallory");
		}
	}

	@Test
	void aMemberLimitedToOwnContactsGets404ForAnothersContactsSections() {
		String owner = uniqueEmail("sections-owner");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String memberToken = invitedMember(ownerToken, "member");
		String bossContact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Bossowned")), ownerToken).text("id");
		api().post("/api/v1/deals", Map.of("contactId", bossContact, "title", "Boss deal"), ownerToken);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("memberVisibility", "own"), ownerToken, Map.of())
			.status()).isEqualTo(200);

		assertThat(api().get("/api/v1/contacts/" + bossContact + "/related", memberToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/contacts/" + bossContact + "/related", ownerToken).body().path("deals").path("items")
			.findValuesAsString("title")).containsExactly("Boss deal");
	}

	@Test
	void listMembershipChangesFromTheContactsPage() throws Exception {
		String owner = uniqueEmail("sections-lists");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Listed")), token).text("id");
		String list = api().post("/api/v1/lists", Map.of("name", "Newsletter"), token).text("id");
		BrowserSession browser = signedIn(owner);
		String page = browser.get("/contacts/" + contact).body();
		assertThat(page).contains("data-testid=\"contact-lists-empty\"", "data-testid=\"contact-deals-empty\"",
				"data-testid=\"contact-journeys-empty\"");

		assertThat(browser.post("/contacts/" + contact + "/lists", Map.of("add", list, "_csrf", BrowserSession.csrf(page)))
			.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/contacts/" + contact + "/related", token).body().path("lists").path("items")
			.findValuesAsString("name")).containsExactly("Newsletter");

		page = browser.get("/contacts/" + contact).body();
		assertThat(browser.post("/contacts/" + contact + "/lists", Map.of("remove", list, "_csrf", BrowserSession.csrf(page)))
			.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/contacts/" + contact + "/related", token).body().path("lists").path("items")).isEmpty();
	}
}
