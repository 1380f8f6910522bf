package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search finds what people type: names with or without their accents, phone numbers however they are written,
 * parts of email addresses, the starts of words; through the list API and the directory the global search and
 * the pickers use. Another organization's contacts never match.
 */
class ContactSearchIntegrationTests extends IdentityTestSupport {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ContactDirectory directory;

	private String owner;
	private String token;

	@BeforeEach
	void organization() {
		owner = uniqueEmail("search");
		registerVerified(owner);
		token = accessToken(owner);
		// Only a first name is required, so each test's people carry just the fields its search looks at.
		accounts().requireOnly(token, "firstName");
	}

	@Test
	void accentsAndCaseDoNotMatterEitherWay() {
		create(Map.of("firstName", "Ana", "lastName", "García"));
		create(Map.of("firstName", "Ána", "lastName", "Ruiz"));
		create(Map.of("firstName", "José", "lastName", "Pérez"));
		create(Map.of("firstName", "Jose", "lastName", "Smith"));
		create(Map.of("firstName", "Zoë", "lastName", "MÜLLER", "company", "Société Générale"));

		assertThat(names("ana garcia")).containsExactly("Ana García");
		assertThat(names("ANA GARCÍA")).containsExactly("Ana García");
		// Both spellings are words of the organization, so typo tolerance alone found only the one typed.
		assertThat(names("Ána")).containsExactlyInAnyOrder("Ana García", "Ána Ruiz");
		assertThat(names("ana")).containsExactlyInAnyOrder("Ana García", "Ána Ruiz");
		assertThat(names("jose")).containsExactlyInAnyOrder("José Pérez", "Jose Smith");
		assertThat(names("josé")).containsExactlyInAnyOrder("José Pérez", "Jose Smith");
		assertThat(names("pere")).as("the start of an accented word").containsExactly("José Pérez");
		assertThat(names("zoe muller")).containsExactly("Zoë MÜLLER");
		assertThat(names("müller")).containsExactly("Zoë MÜLLER");
		assertThat(names("societe generale")).containsExactly("Zoë MÜLLER");
		assertThat(names("Ana Garcya")).as("a typo as well").containsExactly("Ana García");
	}

	@Test
	void findsAPhoneNumberHoweverItIsWritten() {
		assertThat(create(Map.of("firstName", "Phoebe", "phone", "+1 415 555 0101")).text("phone")).isEqualTo("+14155550101");
		create(Map.of("firstName", "Other", "phone", "+14155550199"));

		for (String typed : List.of("+1 (415) 555-0101", "4155550101", "14155550101", "555-0101", "415.555.0101",
				"(415) 555 0101", "0101", "+1 415 555 010")) {
			assertThat(names(typed)).as(typed).containsExactly("Phoebe");
		}
		assertThat(names("555-0102")).isEmpty();
		assertThat(names("+44 415 555 0101")).as("another country's number").isEmpty();
		assertThat(names("555-01")).as("an ending is the last digits").isEmpty();
	}

	@Test
	void aNumberInANameOrAddressIsStillFound() {
		create(Map.of("firstName", "Nina", "company", "Studio 2024", "email", "nina4242@example.org"));
		assertThat(names("2024")).containsExactly("Nina");
		assertThat(names("nina4242")).containsExactly("Nina");
	}

	@Test
	void findsPartsOfEmailAddresses() {
		create(Map.of("firstName", "Ada", "lastName", "King", "email", "ada.lovelace@analytical.example"));
		create(Map.of("firstName", "Charles", "email", "charles@engines.example"));

		for (String typed : List.of("ada@analyt", "analytical.example", "@analytical", "lovelace", "lovelace@",
				"ada.lovelace@analytical.example", "ADA@Analytical", "analytical")) {
			assertThat(names(typed)).as(typed).containsExactly("Ada King");
		}
		assertThat(names("@example")).containsExactlyInAnyOrder("Ada King", "Charles");
		assertThat(names("king@analytical")).as("the name is not the address").isEmpty();
		assertThat(names("ada@engines")).isEmpty();
		assertThat(names("@")).isEmpty();
	}

	@Test
	void findsTheStartOfAnyWordButNotTheMiddle() {
		create(Map.of("firstName", "Quasimodo", "lastName", "Bellringer", "jobTitle", "Keeper of the bells",
				"company", "Notre-Dame Ópera", "email", "hunchback.bells@paris.example"));
		create(Map.of("firstName", "Esmeralda"));

		assertThat(names("quasi")).containsExactly("Quasimodo Bellringer");
		assertThat(names("q")).as("a single letter is the start of a word").containsExactly("Quasimodo Bellringer");
		assertThat(names("bell")).containsExactly("Quasimodo Bellringer");
		assertThat(names("keep")).as("job titles").containsExactly("Quasimodo Bellringer");
		assertThat(names("dame oper")).as("companies, accents aside").containsExactly("Quasimodo Bellringer");
		assertThat(names("hunch")).as("a word of the email address").containsExactly("Quasimodo Bellringer");
		assertThat(names("modo")).as("the middle of a word: documented in SearchCondition").isEmpty();
	}

	@Test
	void pickersAndTheGlobalSearchFindTheSameWay() {
		create(Map.of("firstName", "Ana", "lastName", "García", "email", "ana@casa.example", "phone", "+14155550123"));
		OrganizationId organization = organizationOf(owner);
		Actor actor = actorOf(owner);
		for (String typed : List.of("ana garcia", "555-0123", "@casa", "Ána")) {
			assertThat(directory.choices(organization, actor, typed, 10)).as(typed)
				.extracting(ContactDirectory.Choice::name).containsExactly("Ana García");
		}
	}

	@Test
	void anotherOrganizationsContactsNeverMatch() {
		create(Map.of("firstName", "Ana", "lastName", "García", "email", "ada.lovelace@analytical.example",
				"phone", "+14155550101", "company", "Quasimodo Corp"));
		String stranger = uniqueEmail("search-stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Someone", "lastName", "Else")), theirs);

		List<String> queries = List.of("ana garcia", "Ána", "555-0101", "+1 (415) 555-0101", "ada@analyt", "@analytical",
				"lovelace", "quasi", "q");
		for (String typed : queries) {
			assertThat(names(typed)).as("mine: " + typed).containsExactly("Ana García");
			assertThat(namesFor(theirs, typed)).as("theirs: " + typed).isEmpty();
			assertThat(directory.choices(organizationOf(stranger), actorOf(stranger), typed, 10)).as("their picker: " + typed)
				.isEmpty();
		}
		assertThat(search(theirs, "ana").path("total").asInt()).isZero();
	}

	private com.growthhub.identity.ApiClient.Response create(Map<String, Object> fields) {
		com.growthhub.identity.ApiClient.Response created = api().post("/api/v1/contacts", fields, token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created;
	}

	private List<String> names(String q) {
		return namesFor(token, q);
	}

	private List<String> namesFor(String bearer, String q) {
		JsonNode found = search(bearer, q);
		List<String> names = new ArrayList<>();
		if (found == null) {
			return names;
		}
		for (JsonNode item : found.path("items")) {
			String last = item.path("lastName").asString("");
			names.add(item.path("firstName").asString() + (last.isEmpty() ? "" : " " + last));
		}
		if (found.has("total")) {
			assertThat(found.path("total").asInt()).as("the total of " + q).isEqualTo(names.size());
		}
		return names;
	}

	/**
	 * The first page of the search, or null when it was refused as having nothing to search for. Sent with an
	 * encoded query string of its own: the test client would send "+" as it is, which reads as a space.
	 */
	private JsonNode search(String bearer, String q) {
		try {
			HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/contacts?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + bearer)
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 400) {
				return null;
			}
			assertThat(answer.statusCode()).as(q + ": " + answer.body()).isEqualTo(200);
			return JSON.readTree(answer.body());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OrganizationId organizationOf(String email) {
		return OrganizationId.of(member(email, 2));
	}

	private Actor actorOf(String email) {
		return new Actor.User(member(email, 1));
	}

	private UUID member(String email, int column) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select u.id, m.organization_id from users u join memberships m on m.user_id = u.id where u.email = ?
				""").param(email).query((rs, n) -> rs.getObject(column, UUID.class)).single());
	}
}
