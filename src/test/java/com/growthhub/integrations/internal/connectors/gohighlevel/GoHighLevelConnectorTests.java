package com.growthhub.integrations.internal.connectors.gohighlevel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

class GoHighLevelConnectorTests {

	private static final String LOCATION = "ve9EPM428h8vShlRW1KT";

	private static final ProviderCredentials TOKEN = new ProviderCredentials("pit-7f6c2b1a-0000-4000-8000-000000000001", null,
			Map.of("locationId", LOCATION));

	private final ProviderStub highlevel = new ProviderStub();

	private final GoHighLevelSettings settings = new GoHighLevelSettings("client-id", "client-secret", this.highlevel.baseUrl(),
			"https://marketplace.gohighlevel.com/oauth/chooselocation", null, null);

	private final GoHighLevelApi api = new GoHighLevelApi(this.highlevel.clients, this.settings);

	private final GoHighLevelConnector connector = new GoHighLevelConnector(this.settings, this.api,
			new GoHighLevelContacts(this.api),
			new GoHighLevelFieldValues(this.api, new com.growthhub.integrations.internal.connectors.OwnerDirectories()),
			this.highlevel.clients);

	@AfterEach
	void stop() {
		this.highlevel.close();
	}

	@Test
	void searchesEveryPageWithSearchAfter() {
		this.highlevel.server.stubFor(post(urlEqualTo("/contacts/search"))
			.withHeader("Version", equalTo("2021-07-28"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN.accessToken()))
			.withRequestBody(equalToJson("""
					{"locationId":"%s","pageLimit":2,"sort":[{"field":"dateUpdated","direction":"asc"}]}
					""".formatted(LOCATION)))
			.willReturn(okJson("""
					{"contacts":[%s,%s],"total":3}
					""".formatted(contact("c1", "ada@example.com", "2024-02-01T09:00:00.000Z", 1706778000000L),
					contact("c2", "alan@example.com", "2024-02-02T09:00:00.000Z", 1706864400000L)))));
		this.highlevel.server.stubFor(post(urlEqualTo("/contacts/search"))
			.withRequestBody(matchingJsonPath("$.searchAfter[0]", equalTo("1706864400000")))
			.withRequestBody(matchingJsonPath("$.searchAfter[1]", equalTo("c2")))
			.willReturn(okJson("""
					{"contacts":[%s],"total":3}
					""".formatted(contact("c3", "grace@example.com", "2024-02-03T09:00:00.000Z", 1706950800000L)))));

		List<ExternalRecord> all = readAll(null);

		assertThat(all).extracting(ExternalRecord::externalId).containsExactly("c1", "c2", "c3");
		assertThat(all.getFirst().fields()).containsEntry("email", "ada@example.com")
			.containsEntry("customFields.budgetFieldId", "1200")
			.doesNotContainKeys("searchAfter", "locationId");
		assertThat(all.getFirst().modifiedAt()).isEqualTo(Instant.parse("2024-02-01T09:00:00Z"));
	}

	@Test
	void filtersIncrementsOnDateUpdated() {
		this.highlevel.server.stubFor(post(urlEqualTo("/contacts/search"))
			.withRequestBody(equalToJson("""
					{"locationId":"%s","pageLimit":2,
					 "filters":[{"field":"dateUpdated","operator":"range","value":{"gte":"2024-03-01T00:00:00Z"}}],
					 "sort":[{"field":"dateUpdated","direction":"asc"}]}
					""".formatted(LOCATION)))
			.willReturn(okJson("""
					{"contacts":[%s],"total":1}
					""".formatted(contact("c9", "new@example.com", "2024-03-02T09:00:00.000Z", 1709370000000L)))));

		assertThat(readAll(Instant.parse("2024-03-01T00:00:00Z"))).extracting(ExternalRecord::externalId).containsExactly("c9");
	}

	@Test
	void upsertsNewContactsAndUpdatesKnownOnesReportingTheRefusedOne() {
		UUID ada = UUID.randomUUID();
		UUID known = UUID.randomUUID();
		UUID bad = UUID.randomUUID();
		this.highlevel.server.stubFor(post(urlEqualTo("/contacts/upsert"))
			.withRequestBody(equalToJson("""
					{"email":"ada@example.com","firstName":"Ada","customFields":[{"id":"budgetFieldId","field_value":"1200"}],
					 "locationId":"%s"}
					""".formatted(LOCATION)))
			.willReturn(okJson("""
					{"new":true,"contact":{"id":"c10","locationId":"%s","email":"ada@example.com","firstName":"Ada"},"traceId":"t-1"}
					""".formatted(LOCATION))));
		this.highlevel.server.stubFor(post(urlEqualTo("/contacts/upsert"))
			.withRequestBody(matchingJsonPath("$.email", equalTo("not-an-email")))
			.willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
				.withBody("{\"statusCode\":422,\"message\":[\"email must be an email\"],\"error\":\"Unprocessable Entity\"}")));
		this.highlevel.server.stubFor(put(urlEqualTo("/contacts/c2"))
			.withRequestBody(equalToJson("{\"phone\":\"+15550100\"}"))
			.willReturn(okJson("{\"succeeded\":true,\"contact\":{\"id\":\"c2\",\"phone\":\"+15550100\"}}")));

		List<WriteResult> results = this.connector.write(TOKEN, List.of(
				new OutboundRecord(ada, null, Map.of("email", "ada@example.com", "firstName", "Ada", "customFields.budgetFieldId", "1200")),
				new OutboundRecord(bad, null, Map.of("email", "not-an-email")),
				new OutboundRecord(known, "c2", Map.of("phone", "+15550100"))));

		assertThat(results).extracting(WriteResult::externalId).containsExactly("c10", null, "c2");
		assertThat(results.get(1).error()).contains("422").contains("email must be an email");
	}

	@Test
	void readsTheAssignedUserAsItsEmailAndTheTypeAsALifecycleAndWritesThemBack() {
		this.highlevel.server.stubFor(get(urlPathEqualTo("/users/"))
			.withQueryParam("locationId", equalTo(LOCATION))
			.withHeader("Version", equalTo("2021-07-28"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN.accessToken()))
			.willReturn(okJson("""
					{"users":[
					 {"id":"u-olive","name":"Olive Owner","firstName":"Olive","lastName":"Owner","email":"Olive@Example.com",
					  "phone":"+15550101","permissions":{"contactsEnabled":true},"roles":{"type":"account","role":"admin","locationIds":["%1$s"]}},
					 {"id":"u-sam","name":"Sam Second","firstName":"Sam","lastName":"Second","email":"sam@example.com",
					  "permissions":{"contactsEnabled":true},"roles":{"type":"account","role":"user","locationIds":["%1$s"]}}]}
					""".formatted(LOCATION))));
		this.highlevel.server.stubFor(post(urlEqualTo("/contacts/search")).willReturn(okJson("""
				{"contacts":[
				 {"id":"c1","locationId":"%1$s","email":"ada@example.com","assignedTo":"u-olive","type":"customer",
				  "dateAdded":"2024-01-10T10:00:00.000Z","dateUpdated":"2024-02-01T09:00:00.000Z","searchAfter":[1706778000000,"c1"]},
				 {"id":"c2","locationId":"%1$s","email":"alan@example.com","assignedTo":"u-gone","type":"lead",
				  "dateAdded":"2024-01-10T10:00:00.000Z","dateUpdated":"2024-02-02T09:00:00.000Z","searchAfter":[1706864400000,"c2"]}],
				 "total":2}
				""".formatted(LOCATION))));
		this.highlevel.server.stubFor(put(urlEqualTo("/contacts/c1"))
			.withRequestBody(equalToJson("{\"assignedTo\":\"u-sam\",\"type\":\"customer\"}"))
			.willReturn(okJson("{\"succeeded\":true,\"contact\":{\"id\":\"c1\"}}")));
		this.highlevel.server.stubFor(put(urlEqualTo("/contacts/c2"))
			.withRequestBody(equalToJson("{\"email\":\"alan@example.com\"}"))
			.willReturn(okJson("{\"succeeded\":true,\"contact\":{\"id\":\"c2\"}}")));

		List<ExternalRecord> read = this.connector.read(TOKEN, new ReadRequest(null, null, List.of(), 100)).records();
		List<WriteResult> written = this.connector.write(TOKEN, List.of(
				new OutboundRecord(UUID.randomUUID(), "c1", Map.of("assignedTo", "SAM@example.com", "type", "client")),
				new OutboundRecord(UUID.randomUUID(), "c2", Map.of("assignedTo", "nobody@example.com", "type", "plug",
						"email", "alan@example.com"))));

		// A user no longer in the location has no email to match: no owner crosses.
		assertThat(read).extracting(record -> record.fields().get("assignedTo")).containsExactly("olive@example.com", null);
		assertThat(read).extracting(record -> record.fields().get("type")).containsExactly("client", "lead");
		assertThat(written).allSatisfy(result -> assertThat(result.succeeded()).isTrue());
		assertThat(this.connector.defaultMapping()).containsEntry("ownerEmail", "assignedTo").containsEntry("lifecycle", "type");
		// The location's users are read once for the page and the batch.
		this.highlevel.server.verify(1, getRequestedFor(urlPathEqualTo("/users/")));
	}

	@Test
	void exchangesTheCodeAndKeepsTheLocationOfTheAnswer() {
		this.highlevel.server.stubFor(post(urlEqualTo("/oauth/token"))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.withFormParam("code", equalTo("code-1"))
			.withFormParam("user_type", equalTo("Location"))
			.withFormParam("client_id", equalTo("client-id"))
			.withFormParam("client_secret", equalTo("client-secret"))
			.withFormParam("code_verifier", equalTo("verifier-1"))
			.willReturn(okJson("""
					{"access_token":"ghl-access","token_type":"Bearer","expires_in":86399,"refresh_token":"ghl-refresh",
					 "scope":"contacts.readonly contacts.write","userType":"Location","locationId":"%s",
					 "companyId":"cmp-1","userId":"usr-1","isBulkInstallation":false}
					""".formatted(LOCATION))));

		IssuedTokens tokens = this.connector.exchange("code-1", "verifier-1", URI.create("https://crm.example.com/cb"));

		assertThat(tokens.accessToken()).isEqualTo("ghl-access");
		assertThat(tokens.expiresInSeconds()).isEqualTo(86399);
		assertThat(tokens.extra()).containsEntry("locationId", LOCATION);
		assertThat(this.connector.authorizeUrl(new com.growthhub.integrations.internal.connectors.Connector.AuthorizationRequest(
				"s", "c", URI.create("https://crm.example.com/cb"))).toString())
			.startsWith("https://marketplace.gohighlevel.com/oauth/chooselocation?response_type=code");
	}

	@Test
	void testsWithTheLocationAndListsItsCustomFields() {
		this.highlevel.server.stubFor(get(urlEqualTo("/locations/" + LOCATION)).withHeader("Version", equalTo("2021-07-28"))
			.willReturn(okJson("{\"location\":{\"id\":\"%s\",\"name\":\"Acme Dental\",\"timezone\":\"US/Central\"}}".formatted(LOCATION))));
		this.highlevel.server.stubFor(get(urlEqualTo("/locations/" + LOCATION + "/customFields")).willReturn(okJson("""
				{"customFields":[{"id":"budgetFieldId","name":"Budget","fieldKey":"contact.budget","dataType":"MONETORY",
				  "position":0,"model":"contact"},
				 {"id":"dealFieldId","name":"Deal size","fieldKey":"opportunity.deal_size","dataType":"NUMERICAL","model":"opportunity"}]}
				""")));

		assertThat(this.connector.test(TOKEN).displayName()).isEqualTo("Acme Dental");
		assertThat(this.connector.fields(TOKEN)).filteredOn(field -> field.custom())
			.extracting(field -> field.name() + ":" + field.label())
			.containsExactly("customFields.budgetFieldId:Budget");
	}

	@Test
	void answersUnauthorizedWhenTheTokenExpired() {
		this.highlevel.server.stubFor(get(urlEqualTo("/locations/" + LOCATION)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":401,\"message\":\"Invalid JWT\"}")));

		assertThatThrownBy(() -> this.connector.test(TOKEN)).isInstanceOf(ProviderUnauthorizedException.class);
	}

	@Test
	void needsALocation() {
		ProviderCredentials noLocation = ProviderStub.token("pit-x");

		assertThatThrownBy(() -> this.connector.test(noLocation)).hasMessageContaining("location id");
		this.highlevel.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
				com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
	}

	private List<ExternalRecord> readAll(Instant since) {
		List<ExternalRecord> all = new ArrayList<>();
		String cursor = null;
		do {
			RecordPage page = this.connector.read(TOKEN, new ReadRequest(cursor, since, List.of(), 2));
			all.addAll(page.records());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	private static String contact(String id, String email, String updated, long sortValue) {
		return """
				{"id":"%s","locationId":"%s","email":"%s","firstName":"F","lastName":null,"phone":"+15550100",
				 "companyName":"Acme","type":"lead","tags":["vip"],"dateAdded":"2024-01-01T00:00:00.000Z","dateUpdated":"%s",
				 "customFields":[{"id":"budgetFieldId","value":"1200"}],"searchAfter":[%d,"%s"]}
				""".formatted(id, LOCATION, email, updated, sortValue, id);
	}
}
