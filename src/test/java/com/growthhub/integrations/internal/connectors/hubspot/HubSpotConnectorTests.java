package com.growthhub.integrations.internal.connectors.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

import com.growthhub.integrations.internal.connectors.Connector.AuthorizationRequest;
import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.Connector.RemoteField;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

class HubSpotConnectorTests {

	private static final ProviderCredentials PRIVATE_APP = ProviderStub.token("pat-na1-5b2a4f1e-0000-4000-8000-000000000001");

	private final ProviderStub hubspot = new ProviderStub();

	private final HubSpotSettings settings = new HubSpotSettings("client-id-1", "client-secret-1", this.hubspot.baseUrl(),
			"https://app.hubspot.com/oauth/authorize");

	private final HubSpotApi api = new HubSpotApi(this.hubspot.clients, this.settings);

	private final HubSpotConnector connector = new HubSpotConnector(this.settings, this.api, new HubSpotContactReader(this.api),
			new HubSpotContactWriter(this.api),
			new HubSpotFieldValues(new HubSpotOwners(this.api), new com.growthhub.integrations.internal.connectors.OwnerDirectories()),
			this.hubspot.clients);

	@AfterEach
	void stop() {
		this.hubspot.close();
	}

	@Test
	void importsEveryPageToTheEnd() {
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts"))
			.withQueryParam("limit", equalTo("2"))
			.withQueryParam("properties", equalTo("email,lastmodifieddate,firstname,lastname"))
			.withQueryParam("archived", equalTo("false"))
			.withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
			.withHeader("Authorization", equalTo("Bearer " + PRIVATE_APP.accessToken()))
			.willReturn(okJson("""
					{"results":[%s,%s],
					 "paging":{"next":{"after":"503","link":"https://api.hubapi.com/crm/v3/objects/contacts?after=503"}}}
					""".formatted(contact(501, "ada@example.com", "Ada", "2024-02-01T09:00:00.000Z"),
					contact(502, "alan@example.com", "Alan", "2024-02-02T09:00:00.000Z")))));
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts"))
			.withQueryParam("after", equalTo("503"))
			.willReturn(okJson("""
					{"results":[%s]}
					""".formatted(contact(503, "grace@example.com", "Grace", "2024-02-03T09:00:00.000Z")))));

		List<ExternalRecord> all = readAll(null);

		assertThat(all).extracting(ExternalRecord::externalId).containsExactly("501", "502", "503");
		assertThat(all.getFirst().fields()).containsEntry("email", "ada@example.com").containsEntry("firstname", "Ada")
			.doesNotContainKey("lastname");
		assertThat(all.getFirst().modifiedAt()).isEqualTo(Instant.parse("2024-02-01T09:00:00Z"));
	}

	@Test
	void readsIncrementsThroughTheSearchOldestFirst() {
		Instant since = Instant.parse("2024-03-01T00:00:00Z");
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/search"))
			.withRequestBody(equalToJson("""
					{"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"%d"}]}],
					 "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
					 "properties":["email","lastmodifieddate","firstname","lastname"],"limit":2}
					""".formatted(since.toEpochMilli()), true, true))
			.willReturn(okJson("""
					{"total":3,"results":[%s,%s],"paging":{"next":{"after":"2"}}}
					""".formatted(contact(7, "a@example.com", "A", "2024-03-01T10:00:00.000Z"),
					contact(8, "b@example.com", "B", "2024-03-02T10:00:00.000Z")))));
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/search"))
			.withRequestBody(matchingJsonPath("$.after", equalTo("2")))
			.willReturn(okJson("""
					{"total":3,"results":[%s]}
					""".formatted(archived(contact(9, "c@example.com", "C", "2024-03-03T10:00:00.000Z"))))));

		List<ExternalRecord> changed = readAll(since);

		assertThat(changed).extracting(ExternalRecord::externalId).containsExactly("7", "8", "9");
		assertThat(changed).extracting(ExternalRecord::deleted).containsExactly(false, false, true);
	}

	@Test
	void startsANewSearchFromTheLastDateBeforeTheTenThousandResultCap() {
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/search"))
			.willReturn(okJson("""
					{"total":25000,"results":[%s],"paging":{"next":{"after":"10000"}}}
					""".formatted(contact(9999, "z@example.com", "Z", "2024-03-05T10:00:00.000Z")))));

		RecordPage page = this.connector.read(PRIVATE_APP,
				new ReadRequest(Instant.parse("2024-03-01T00:00:00Z").toEpochMilli() + "/9800", Instant.parse("2024-03-01T00:00:00Z"),
						List.of(), 200));

		assertThat(page.nextCursor()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z").toEpochMilli() + "/");
		this.hubspot.server.verify(postRequestedFor(urlEqualTo("/crm/v3/objects/contacts/search"))
			.withRequestBody(matchingJsonPath("$.after", equalTo("9800"))));
	}

	@Test
	void waitsForTheSearchLimitOfFivePerSecond() {
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/search")).willReturn(okJson("{\"total\":0,\"results\":[]}")));

		long started = System.currentTimeMillis();
		for (int i = 0; i < 7; i++) {
			this.connector.read(PRIVATE_APP, new ReadRequest(null, Instant.EPOCH, List.of(), 100));
		}

		// Five at once, then one every 200 ms: the seventh cannot reach HubSpot before 400 ms have passed.
		List<Long> times = this.hubspot.requestTimes();
		assertThat(times).hasSize(7);
		assertThat(times.getLast() - started).isGreaterThanOrEqualTo(395);
	}

	@Test
	void upsertsByEmailAndUpdatesByIdReportingTheRefusedRecord() {
		UUID ada = UUID.randomUUID();
		UUID bad = UUID.randomUUID();
		UUID known = UUID.randomUUID();
		UUID noEmail = UUID.randomUUID();
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/upsert"))
			.withRequestBody(equalToJson("""
					{"inputs":[
					 {"id":"ada@example.com","idProperty":"email","properties":{"email":"ada@example.com","firstname":"Ada"},"objectWriteTraceId":"%s"},
					 {"id":"bad@example.com","idProperty":"email","properties":{"email":"bad@example.com","annualrevenue":"lots"},"objectWriteTraceId":"%s"}]}
					""".formatted(ada, bad)))
			.willReturn(aResponse().withStatus(207).withHeader("Content-Type", "application/json").withBody("""
					{"status":"COMPLETE","results":[{"id":"601","properties":{"email":"ada@example.com","firstname":"Ada"},
					  "createdAt":"2024-04-01T00:00:00Z","updatedAt":"2024-04-01T00:00:00Z","archived":false,"new":true,
					  "objectWriteTraceId":"%s"}],
					 "numErrors":1,
					 "errors":[{"status":"error","category":"VALIDATION_ERROR",
					  "message":"Property values were not valid: annualrevenue 'lots' is not a valid number",
					  "context":{"objectWriteTraceId":["%s"]}}],
					 "startedAt":"2024-04-01T00:00:00Z","completedAt":"2024-04-01T00:00:01Z"}
					""".formatted(ada, bad))));
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/update"))
			.withRequestBody(equalToJson("""
					{"inputs":[{"id":"777","properties":{"phone":"+44 20 7946 0000"},"objectWriteTraceId":"%s"}]}
					""".formatted(known), true, true))
			.willReturn(okJson("""
					{"status":"COMPLETE","results":[{"id":"777","properties":{"phone":"+44 20 7946 0000"},
					  "updatedAt":"2024-04-01T00:00:00Z","archived":false}],
					 "startedAt":"2024-04-01T00:00:00Z","completedAt":"2024-04-01T00:00:01Z"}
					""")));

		List<WriteResult> results = this.connector.write(PRIVATE_APP, List.of(
				new OutboundRecord(ada, null, Map.of("email", "ada@example.com", "firstname", "Ada")),
				new OutboundRecord(known, "777", Map.of("phone", "+44 20 7946 0000")),
				new OutboundRecord(bad, null, Map.of("email", "bad@example.com", "annualrevenue", "lots")),
				new OutboundRecord(noEmail, null, Map.of("firstname", "Nobody"))));

		assertThat(results).extracting(WriteResult::contactId).containsExactly(ada, known, bad, noEmail);
		assertThat(results).extracting(WriteResult::externalId).containsExactly("601", "777", null, null);
		assertThat(results.get(2).error()).contains("annualrevenue 'lots' is not a valid number");
		assertThat(results.get(3).error()).contains("email");
	}

	@Test
	void sendsRecordsOneByOneWhenHubSpotRefusesTheWholeBatch() {
		UUID good = UUID.randomUUID();
		UUID bad = UUID.randomUUID();
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/upsert"))
			.withRequestBody(matchingJsonPath("$.inputs.length()", equalTo("2")))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"Email address bad@@example.com is invalid\\",\\"error\\":\\"INVALID_EMAIL\\",\\"name\\":\\"email\\"}]",
					 "correlationId":"3d5a7c8e-0000-4000-8000-000000000000","category":"VALIDATION_ERROR"}
					""")));
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/upsert"))
			.withRequestBody(matchingJsonPath("$.inputs[0].objectWriteTraceId", equalTo(good.toString())))
			.withRequestBody(matchingJsonPath("$.inputs.length()", equalTo("1")))
			.willReturn(okJson("""
					{"status":"COMPLETE","results":[{"id":"42","properties":{"email":"good@example.com"},"archived":false,"new":false,
					  "objectWriteTraceId":"%s"}]}
					""".formatted(good))));
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/upsert"))
			.withRequestBody(matchingJsonPath("$.inputs[0].objectWriteTraceId", equalTo(bad.toString())))
			.withRequestBody(matchingJsonPath("$.inputs.length()", equalTo("1")))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"status":"error","message":"Property values were not valid: Email address bad@@example.com is invalid","category":"VALIDATION_ERROR"}
					""")));

		List<WriteResult> results = this.connector.write(PRIVATE_APP, List.of(
				new OutboundRecord(good, null, Map.of("email", "good@example.com")),
				new OutboundRecord(bad, null, Map.of("email", "bad@@example.com"))));

		assertThat(results.get(0).externalId()).isEqualTo("42");
		assertThat(results.get(1).succeeded()).isFalse();
		assertThat(results.get(1).error()).contains("bad@@example.com is invalid");
	}

	@Test
	void writesInBatchesOfOneHundred() {
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/update"))
			.willReturn(okJson("{\"status\":\"COMPLETE\",\"results\":[]}")));
		List<OutboundRecord> records = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			records.add(new OutboundRecord(UUID.randomUUID(), Integer.toString(1000 + i), Map.of("firstname", "N" + i)));
		}

		List<WriteResult> results = this.connector.write(PRIVATE_APP, records);

		this.hubspot.server.verify(2, postRequestedFor(urlEqualTo("/crm/v3/objects/contacts/batch/update"))
			.withRequestBody(matchingJsonPath("$.inputs.length()", equalTo("100"))));
		this.hubspot.server.verify(1, postRequestedFor(urlEqualTo("/crm/v3/objects/contacts/batch/update"))
			.withRequestBody(matchingJsonPath("$.inputs.length()", equalTo("50"))));
		assertThat(results).hasSize(250).allSatisfy(result -> assertThat(result.error()).contains("no result came back"));
	}

	@Test
	void exchangesTheCodeWithItsVerifierForTokens() {
		this.hubspot.server.stubFor(post(urlEqualTo("/oauth/v1/token"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.withFormParam("client_id", equalTo("client-id-1"))
			.withFormParam("client_secret", equalTo("client-secret-1"))
			.withFormParam("redirect_uri", equalTo("https://crm.example.com/integrations/hubspot/callback"))
			.withFormParam("code", equalTo("code-123"))
			.withFormParam("code_verifier", equalTo("verifier-456"))
			.willReturn(okJson("""
					{"token_type":"bearer","refresh_token":"refresh-1","access_token":"access-1","expires_in":1800}
					""")));

		IssuedTokens tokens = this.connector.exchange("code-123", "verifier-456",
				URI.create("https://crm.example.com/integrations/hubspot/callback"));

		assertThat(tokens.accessToken()).isEqualTo("access-1");
		assertThat(tokens.refreshToken()).isEqualTo("refresh-1");
		assertThat(tokens.expiresInSeconds()).isEqualTo(1800);
		assertThat(tokens.extra()).doesNotContainKeys("access_token", "refresh_token");
	}

	@Test
	void refreshesAndTreatsARevokedRefreshTokenAsUnauthorized() {
		this.hubspot.server.stubFor(post(urlEqualTo("/oauth/v1/token"))
			.withFormParam("grant_type", equalTo("refresh_token"))
			.withFormParam("refresh_token", equalTo("refresh-1"))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"refresh_token\":\"refresh-1\",\"access_token\":\"access-2\",\"expires_in\":1800}")));
		this.hubspot.server.stubFor(post(urlEqualTo("/oauth/v1/token"))
			.withFormParam("refresh_token", equalTo("revoked"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"status":"BAD_REFRESH_TOKEN","message":"missing or unknown refresh token",
					 "correlationId":"a1b2c3d4-0000-4000-8000-000000000000"}
					""")));

		assertThat(this.connector.refresh("refresh-1").accessToken()).isEqualTo("access-2");
		assertThatThrownBy(() -> this.connector.refresh("revoked")).isInstanceOf(ProviderUnauthorizedException.class);
	}

	@Test
	void waitsAsHubSpotsRetryAfterSaysWhenTheTenSecondLimitIsHit() {
		this.hubspot.server.stubFor(get(urlEqualTo("/account-info/v3/details")).inScenario("limit")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
				.withBody("""
						{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT",
						 "correlationId":"c7a8d6b5-0000-4000-8000-000000000000","policyName":"TEN_SECONDLY_ROLLING"}
						"""))
			.willSetStateTo("calm"));
		this.hubspot.server.stubFor(get(urlEqualTo("/account-info/v3/details")).inScenario("limit").whenScenarioStateIs("calm")
			.willReturn(okJson("{\"portalId\":62515,\"uiDomain\":\"app.hubspot.com\"}")));

		assertThat(this.connector.test(PRIVATE_APP).accountId()).isEqualTo("62515");

		List<Long> times = this.hubspot.requestTimes();
		assertThat(times).hasSize(2);
		assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void answersUnauthorizedWhenTheTokenExpired() {
		this.hubspot.server.stubFor(get(urlEqualTo("/account-info/v3/details")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"status":"error","message":"The OAuth token used to make this call expired 2 hour(s) ago.",
					 "correlationId":"0d5c6f6a-0000-4000-8000-000000000000","category":"EXPIRED_AUTHENTICATION"}
					""")));

		assertThatThrownBy(() -> this.connector.test(PRIVATE_APP)).isInstanceOf(ProviderUnauthorizedException.class);
	}

	@Test
	void testsTheConnectionWithTheAccountDetails() {
		this.hubspot.server.stubFor(get(urlEqualTo("/account-info/v3/details")).willReturn(okJson("""
				{"portalId":62515,"timeZone":"US/Eastern","companyCurrency":"USD","additionalCurrencies":[],
				 "utcOffset":"-05:00","utcOffsetMilliseconds":-18000000,"uiDomain":"app.hubspot.com",
				 "dataHostingLocation":"na1","accountType":"STANDARD"}
				""")));

		assertThat(this.connector.test(PRIVATE_APP).accountId()).isEqualTo("62515");
	}

	@Test
	void listsPropertiesMarkingTheCustomOnes() {
		this.hubspot.server.stubFor(get(urlEqualTo("/crm/v3/properties/contacts")).willReturn(okJson("""
				{"results":[
				 {"name":"email","label":"Email","type":"string","fieldType":"text","groupName":"contactinformation","hubspotDefined":true,"hidden":false},
				 {"name":"budget","label":"Budget","type":"number","fieldType":"number","groupName":"contactinformation","hidden":false},
				 {"name":"hs_internal","label":"Internal","type":"string","fieldType":"text","hubspotDefined":true,"hidden":true}]}
				""")));

		assertThat(this.connector.fields(PRIVATE_APP)).containsExactly(new RemoteField("email", "Email", "string", false),
				new RemoteField("budget", "Budget", "number", true));
	}

	@Test
	void readsTheOwnerAsItsEmailAndTheStageAsALifecycleAndWritesThemBackAsHubSpotHasThem() {
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
			.withQueryParam("limit", equalTo("100"))
			.withQueryParam("archived", equalTo("false"))
			.willReturn(okJson("""
					{"results":[
					 {"id":"41","email":"Olive@Example.com","type":"PERSON","firstName":"Olive","lastName":"Owner","userId":9,
					  "createdAt":"2023-01-01T00:00:00Z","updatedAt":"2023-01-01T00:00:00Z","archived":false},
					 {"id":"42","email":"sam@example.com","type":"PERSON","firstName":"Sam","lastName":"Second","userId":10,
					  "createdAt":"2023-01-01T00:00:00Z","updatedAt":"2023-01-01T00:00:00Z","archived":false}]}
					""")));
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts"))
			.withQueryParam("properties", equalTo("email,lastmodifieddate,hubspot_owner_id,lifecyclestage"))
			.willReturn(okJson("""
					{"results":[
					 {"id":"501","properties":{"email":"ada@example.com","hubspot_owner_id":"41","lifecyclestage":"marketingqualifiedlead",
					  "lastmodifieddate":"2024-02-01T09:00:00.000Z"},"createdAt":"2024-01-10T10:00:00.000Z",
					  "updatedAt":"2024-02-01T09:00:00.000Z","archived":false},
					 {"id":"502","properties":{"email":"alan@example.com","hubspot_owner_id":"99","lifecyclestage":"customer",
					  "lastmodifieddate":"2024-02-02T09:00:00.000Z"},"createdAt":"2024-01-10T10:00:00.000Z",
					  "updatedAt":"2024-02-02T09:00:00.000Z","archived":false},
					 {"id":"503","properties":{"email":"grace@example.com","hubspot_owner_id":"42","lifecyclestage":"other",
					  "lastmodifieddate":"2024-02-03T09:00:00.000Z"},"createdAt":"2024-01-10T10:00:00.000Z",
					  "updatedAt":"2024-02-03T09:00:00.000Z","archived":false}]}
					""")));
		this.hubspot.server.stubFor(post(urlEqualTo("/crm/v3/objects/contacts/batch/update"))
			.willReturn(okJson("""
					{"status":"COMPLETE","results":[
					 {"id":"501","properties":{"hubspot_owner_id":"42","lifecyclestage":"customer"},"updatedAt":"2024-04-01T00:00:00Z","archived":false},
					 {"id":"502","properties":{},"updatedAt":"2024-04-01T00:00:00Z","archived":false}],
					 "startedAt":"2024-04-01T00:00:00Z","completedAt":"2024-04-01T00:00:01Z"}
					""")));

		List<ExternalRecord> read = new ArrayList<>();
		for (int page = 0; page < 2; page++) {
			read.addAll(this.connector.read(PRIVATE_APP,
					new ReadRequest(null, null, List.of("hubspot_owner_id", "lifecyclestage"), 100)).records());
		}
		UUID ada = UUID.randomUUID();
		UUID alan = UUID.randomUUID();
		this.connector.write(PRIVATE_APP, List.of(
				new OutboundRecord(ada, "501", Map.of("hubspot_owner_id", "SAM@example.com", "lifecyclestage", "client")),
				new OutboundRecord(alan, "502", Map.of("hubspot_owner_id", "nobody@example.com", "lifecyclestage", "plug"))));

		assertThat(read.subList(0, 3)).extracting(record -> record.fields().get("hubspot_owner_id"))
			.containsExactly("olive@example.com", null, "sam@example.com");
		assertThat(read.subList(0, 3)).extracting(record -> record.fields().get("lifecyclestage"))
			.containsExactly("lead", "client", "other");
		// One owners call for two pages read and a batch written: owners are looked up per run, not per page or record.
		this.hubspot.server.verify(1, getRequestedFor(urlPathEqualTo("/crm/v3/owners")));
		// An owner no HubSpot owner has, and plug (no HubSpot stage), are not sent: HubSpot keeps what it has.
		String sent = this.hubspot.server.findAll(postRequestedFor(urlEqualTo("/crm/v3/objects/contacts/batch/update")))
			.getFirst().getBodyAsString();
		tools.jackson.databind.JsonNode inputs = tools.jackson.databind.json.JsonMapper.builder().build().readTree(sent).path("inputs");
		assertThat(inputs.get(0).path("id").asString()).isEqualTo("501");
		assertThat(inputs.get(0).path("objectWriteTraceId").asString()).isEqualTo(ada.toString());
		assertThat(inputs.get(0).path("properties").toString()).isEqualTo("{\"hubspot_owner_id\":\"42\",\"lifecyclestage\":\"customer\"}");
		assertThat(inputs.get(1).path("objectWriteTraceId").asString()).isEqualTo(alan.toString());
		assertThat(inputs.get(1).path("properties").isEmpty()).isTrue();
	}

	@Test
	void mapsOwnersByEmailAcrossPages() {
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
			.withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
			.willReturn(okJson("""
					{"results":[{"id":"41","email":"Owner@Example.com","firstName":"Olive","lastName":"Owner","userId":9,
					  "createdAt":"2023-01-01T00:00:00Z","updatedAt":"2023-01-01T00:00:00Z","archived":false}],
					 "paging":{"next":{"after":"41"}}}
					""")));
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
			.withQueryParam("after", equalTo("41"))
			.willReturn(okJson("""
					{"results":[{"id":"42","email":"second@example.com","firstName":"Sam","lastName":"Second","archived":false}]}
					""")));

		HubSpotOwners.Directory owners = new HubSpotOwners(this.api).directory(PRIVATE_APP);

		assertThat(owners.ownerIdFor("owner@example.com")).contains("41");
		assertThat(owners.emailOf("42")).contains("second@example.com");
	}

	@Test
	void asksForTheScopesWithStateAndChallenge() {
		URI url = this.connector.authorizeUrl(new AuthorizationRequest("state-1", "challenge-1",
				URI.create("https://crm.example.com/integrations/hubspot/callback")));

		assertThat(url.toString()).startsWith("https://app.hubspot.com/oauth/authorize?client_id=client-id-1")
			.contains("scope=crm.objects.contacts.read%20crm.objects.contacts.write%20crm.schemas.contacts.read")
			.contains("state=state-1")
			.contains("code_challenge=challenge-1&code_challenge_method=S256");
		assertThat(this.connector.defaultMapping()).containsEntry("ownerEmail", "hubspot_owner_id")
			.containsEntry("lifecycle", "lifecyclestage");
	}

	private List<ExternalRecord> readAll(Instant since) {
		List<ExternalRecord> all = new ArrayList<>();
		String cursor = null;
		do {
			RecordPage page = this.connector.read(PRIVATE_APP, new ReadRequest(cursor, since, List.of("firstname", "lastname"), 2));
			all.addAll(page.records());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	private static String contact(long id, String email, String firstName, String modified) {
		return """
				{"id":"%d","properties":{"createdate":"2024-01-10T10:00:00.000Z","email":"%s","firstname":"%s",
				 "hs_object_id":"%d","lastmodifieddate":"%s","lastname":null},
				 "createdAt":"2024-01-10T10:00:00.000Z","updatedAt":"%s","archived":false}
				""".formatted(id, email, firstName, id, modified, modified);
	}

	private static String archived(String contact) {
		return contact.replace("\"archived\":false", "\"archived\":true,\"archivedAt\":\"2024-03-03T10:00:00.000Z\"");
	}
}
