package com.growthhub.integrations.internal.connectors.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.Connector.AuthorizationRequest;
import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

class SalesforceConnectorTests {

	private static final String DATA = "/services/data/v62.0";

	private final ProviderStub salesforce = new ProviderStub();

	private final SalesforceSettings settings = new SalesforceSettings("consumer-key", "consumer-secret",
			this.salesforce.baseUrl(), "v62.0");

	private final SalesforceAllowance allowance = new SalesforceAllowance();

	private final SalesforceApi api = new SalesforceApi(this.salesforce.clients, this.allowance, this.settings);

	private final SalesforceObjects objects = new SalesforceObjects(this.api);

	private final SalesforceConnector connector = new SalesforceConnector(this.settings, this.api, this.objects,
			new SalesforceContactReader(this.api, this.objects), new SalesforceContactWriter(this.api, this.objects, new SalesforceOwners(this.api)),
			this.salesforce.clients);

	private ProviderCredentials contacts;

	private ProviderCredentials both;

	@BeforeEach
	void describe() {
		this.contacts = new ProviderCredentials("00Dxx0000001gPL!AQ4AQFake", this.salesforce.baseUrl(), Map.of("objects", "Contact"));
		this.both = new ProviderCredentials("00Dxx0000001gPL!AQ4AQFake", this.salesforce.baseUrl(), Map.of("objects", "Lead,Contact"));
		this.salesforce.server.stubFor(get(urlEqualTo(DATA + "/sobjects/Contact/describe")).willReturn(okJson("""
				{"name":"Contact","label":"Contact","fields":[
				 {"name":"Id","label":"Contact ID","type":"id","custom":false,"updateable":false},
				 {"name":"Email","label":"Email","type":"email","custom":false,"updateable":true},
				 {"name":"FirstName","label":"First Name","type":"string","custom":false,"updateable":true},
				 {"name":"LastName","label":"Last Name","type":"string","custom":false,"updateable":true},
				 {"name":"Budget__c","label":"Budget","type":"currency","custom":true,"updateable":true}]}
				""")));
		this.salesforce.server.stubFor(get(urlEqualTo(DATA + "/sobjects/Lead/describe")).willReturn(okJson("""
				{"name":"Lead","label":"Lead","fields":[
				 {"name":"Id","label":"Lead ID","type":"id","custom":false},
				 {"name":"Email","label":"Email","type":"email","custom":false},
				 {"name":"LastName","label":"Last Name","type":"string","custom":false},
				 {"name":"Company","label":"Company","type":"string","custom":false}]}
				""")));
	}

	@AfterEach
	void stop() {
		this.salesforce.close();
	}

	@Test
	void importsWithSoqlFollowingNextRecordsUrl() {
		this.salesforce.server.stubFor(get(urlPathEqualTo(DATA + "/query"))
			.withQueryParam("q", equalTo("SELECT Id, SystemModstamp, IsDeleted, Email, FirstName FROM Contact ORDER BY SystemModstamp ASC"))
			.withHeader("Sforce-Query-Options", equalTo("batchSize=200"))
			.withHeader("Authorization", equalTo("Bearer 00Dxx0000001gPL!AQ4AQFake"))
			.willReturn(okJson("""
					{"totalSize":3,"done":false,"nextRecordsUrl":"%s/query/01gD0000002HU6KIAW-2000","records":[%s,%s]}
					""".formatted(DATA, contact("003xx000004TmiQAAS", "ada@example.com", "2024-02-01T09:00:00.000+0000", false),
					contact("003xx000004TmiRAAS", "alan@example.com", "2024-02-02T09:00:00.000+0000", false)))
				.withHeader("Sforce-Limit-Info", "api-usage=18/15000")));
		this.salesforce.server.stubFor(get(urlEqualTo(DATA + "/query/01gD0000002HU6KIAW-2000")).willReturn(okJson("""
				{"totalSize":3,"done":true,"records":[%s]}
				""".formatted(contact("003xx000004TmiSAAS", "grace@example.com", "2024-02-03T09:00:00.000+0000", false)))));

		List<ExternalRecord> all = readAll(this.contacts, null, List.of("Email", "FirstName", "Company"));

		assertThat(all).extracting(ExternalRecord::externalId)
			.containsExactly("003xx000004TmiQAAS", "003xx000004TmiRAAS", "003xx000004TmiSAAS");
		assertThat(all.getFirst().fields()).containsEntry("Email", "ada@example.com").doesNotContainKey("attributes");
		assertThat(all.getFirst().modifiedAt()).isEqualTo(Instant.parse("2024-02-01T09:00:00Z"));
		assertThat(this.allowance.usage(this.salesforce.baseUrl())).hasValueSatisfying(usage -> {
			assertThat(usage.used()).isEqualTo(18);
			assertThat(usage.remaining()).isEqualTo(14982);
		});
	}

	@Test
	void readsIncrementsOfLeadsThenContactsThroughQueryAllWithDeletions() {
		this.salesforce.server.stubFor(get(urlPathEqualTo(DATA + "/queryAll"))
			.withQueryParam("q", equalTo("SELECT Id, SystemModstamp, IsDeleted, Email, Company FROM Lead "
					+ "WHERE SystemModstamp > 2024-03-01T00:00:00Z ORDER BY SystemModstamp ASC"))
			.willReturn(okJson("""
					{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Lead","url":"%s/sobjects/Lead/00Qxx0000001"},
					 "Id":"00Qxx0000001","SystemModstamp":"2024-03-02T08:00:00.000+0000","IsDeleted":false,
					 "Email":"lead@example.com","Company":"Acme"}]}
					""".formatted(DATA))));
		this.salesforce.server.stubFor(get(urlPathEqualTo(DATA + "/queryAll"))
			.withQueryParam("q", equalTo("SELECT Id, SystemModstamp, IsDeleted, Email FROM Contact "
					+ "WHERE SystemModstamp > 2024-03-01T00:00:00Z ORDER BY SystemModstamp ASC"))
			.willReturn(okJson("""
					{"totalSize":1,"done":true,"records":[%s]}
					""".formatted(contact("003xx000004TmiQAAS", "gone@example.com", "2024-03-02T09:00:00.000+0000", true)))));

		List<ExternalRecord> changed = readAll(this.both, Instant.parse("2024-03-01T00:00:00Z"), List.of("Email", "Company"));

		assertThat(changed).extracting(ExternalRecord::externalId).containsExactly("00Qxx0000001", "003xx000004TmiQAAS");
		assertThat(changed).extracting(ExternalRecord::deleted).containsExactly(false, true);
	}

	@Test
	void stopsCallingWhenTheDailyAllowanceIsUsedUp() {
		this.salesforce.server.stubFor(get(urlPathEqualTo(DATA + "/query")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]")));
		ReadRequest request = new ReadRequest(null, null, List.of("Email"), 200);

		assertThatThrownBy(() -> this.connector.read(this.contacts, request)).isInstanceOf(ProviderRateLimitedException.class)
			.hasMessageContaining("daily API allowance");
		assertThatThrownBy(() -> this.connector.read(this.contacts, request)).isInstanceOf(ProviderRateLimitedException.class);

		this.salesforce.server.verify(1, getRequestedFor(urlPathEqualTo(DATA + "/query")));
		assertThat(this.allowance.usage(this.salesforce.baseUrl())).hasValueSatisfying(usage -> assertThat(usage.remaining()).isZero());
	}

	@Test
	void answersUnauthorizedWhenTheSessionExpired() {
		this.salesforce.server.stubFor(get(urlEqualTo("/services/oauth2/userinfo")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]")));

		assertThatThrownBy(() -> this.connector.test(this.contacts)).isInstanceOf(ProviderUnauthorizedException.class);
	}

	@Test
	void writesThroughSObjectCollectionsReportingTheRefusedRecord() {
		UUID ada = UUID.randomUUID();
		UUID nameless = UUID.randomUUID();
		UUID known = UUID.randomUUID();
		this.salesforce.server.stubFor(post(urlEqualTo(DATA + "/composite/sobjects"))
			.withRequestBody(equalToJson("""
					{"allOrNone":false,"records":[
					 {"attributes":{"type":"Contact"},"Email":"ada@example.com","LastName":"Lovelace"},
					 {"attributes":{"type":"Contact"},"Email":"nameless@example.com"}]}
					"""))
			.willReturn(okJson("""
					[{"id":"003xx000004TmiTAAS","success":true,"errors":[]},
					 {"success":false,"errors":[{"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [LastName]","fields":["LastName"]}]}]
					""")));
		this.salesforce.server.stubFor(patch(urlEqualTo(DATA + "/composite/sobjects"))
			.withRequestBody(equalToJson("""
					{"allOrNone":false,"records":[{"attributes":{"type":"Contact"},"Id":"003xx000004TmiQAAS","FirstName":"Grace"}]}
					"""))
			.willReturn(okJson("[{\"id\":\"003xx000004TmiQAAS\",\"success\":true,\"errors\":[]}]")));

		List<WriteResult> results = this.connector.write(this.contacts, List.of(
				new OutboundRecord(ada, null, Map.of("Email", "ada@example.com", "LastName", "Lovelace", "Company", "Ignored")),
				new OutboundRecord(known, "003xx000004TmiQAAS", Map.of("FirstName", "Grace")),
				new OutboundRecord(nameless, null, Map.of("Email", "nameless@example.com"))));

		assertThat(results).extracting(WriteResult::externalId).containsExactly("003xx000004TmiTAAS", "003xx000004TmiQAAS", null);
		assertThat(results.get(2).error()).contains("Required fields are missing: [LastName] (REQUIRED_FIELD_MISSING)");
	}

	@Test
	void readsTheOwnerAsItsEmailAndTheObjectAsALifecycleAndWritesOwnersBackByUserId() {
		this.salesforce.server.stubFor(get(urlEqualTo(DATA + "/sobjects/Contact/describe")).willReturn(okJson("""
				{"name":"Contact","label":"Contact","fields":[
				 {"name":"Id","label":"Contact ID","type":"id","custom":false,"updateable":false},
				 {"name":"Email","label":"Email","type":"email","custom":false,"updateable":true},
				 {"name":"OwnerId","label":"Owner ID","type":"reference","custom":false,"updateable":true}]}
				""")));
		this.salesforce.server.stubFor(get(urlPathEqualTo(DATA + "/query"))
			.withQueryParam("q", equalTo("SELECT Id, SystemModstamp, IsDeleted, Email, OwnerId, Owner.Email FROM Contact "
					+ "ORDER BY SystemModstamp ASC"))
			.willReturn(okJson("""
					{"totalSize":2,"done":true,"records":[
					 {"attributes":{"type":"Contact","url":"%1$s/sobjects/Contact/003xx000004TmiQAAS"},"Id":"003xx000004TmiQAAS",
					  "SystemModstamp":"2024-02-01T09:00:00.000+0000","IsDeleted":false,"Email":"ada@example.com",
					  "OwnerId":"005xx000001Sv6AAAS","Owner":{"attributes":{"type":"User","url":"%1$s/sobjects/User/005xx000001Sv6AAAS"},
					  "Email":"Olive@Example.com"}},
					 {"attributes":{"type":"Contact","url":"%1$s/sobjects/Contact/003xx000004TmiRAAS"},"Id":"003xx000004TmiRAAS",
					  "SystemModstamp":"2024-02-02T09:00:00.000+0000","IsDeleted":false,"Email":"alan@example.com",
					  "OwnerId":"00Gxx000000Queue","Owner":{"attributes":{"type":"Name","url":"%1$s/sobjects/Group/00Gxx000000Queue"},
					  "Email":null}}]}
					""".formatted(DATA))));
		this.salesforce.server.stubFor(get(urlPathEqualTo(DATA + "/query"))
			.withQueryParam("q", equalTo("SELECT Id, Email FROM User WHERE Email IN ('sam@example.com', 'o\\'brien@example.com')"))
			.willReturn(okJson("""
					{"totalSize":1,"done":true,"records":[{"attributes":{"type":"User","url":"%s/sobjects/User/005xx000001Sv6BAAS"},
					 "Id":"005xx000001Sv6BAAS","Email":"Sam@example.com"}]}
					""".formatted(DATA))));
		this.salesforce.server.stubFor(patch(urlEqualTo(DATA + "/composite/sobjects"))
			.withRequestBody(equalToJson("""
					{"allOrNone":false,"records":[
					 {"attributes":{"type":"Contact"},"Id":"003xx000004TmiQAAS","OwnerId":"005xx000001Sv6BAAS"},
					 {"attributes":{"type":"Contact"},"Id":"003xx000004TmiRAAS","Email":"alan@example.com"}]}
					"""))
			.willReturn(okJson("""
					[{"id":"003xx000004TmiQAAS","success":true,"errors":[]},{"id":"003xx000004TmiRAAS","success":true,"errors":[]}]
					""")));

		List<ExternalRecord> read = readAll(this.contacts, null, List.of("Email", "OwnerId", "attributes.type"));
		List<WriteResult> written = this.connector.write(this.contacts, List.of(
				new OutboundRecord(UUID.randomUUID(), "003xx000004TmiQAAS", Map.of("OwnerId", "SAM@example.com", "attributes.type", "client")),
				new OutboundRecord(UUID.randomUUID(), "003xx000004TmiRAAS", Map.of("OwnerId", "o'brien@example.com", "Email", "alan@example.com"))));

		// A queue owns the second: no email to match, so no owner crosses.
		assertThat(read).extracting(record -> record.fields().get("OwnerId")).containsExactly("olive@example.com", null);
		assertThat(read).extracting(record -> record.fields().get("attributes.type")).containsExactly("client", "client");
		assertThat(written).allSatisfy(result -> assertThat(result.succeeded()).isTrue());
		assertThat(this.connector.defaultMapping()).containsEntry("ownerEmail", "OwnerId").containsEntry("lifecycle", "attributes.type");
		// One user lookup for the batch, not one a record.
		this.salesforce.server.verify(1, getRequestedFor(urlPathEqualTo(DATA + "/query"))
			.withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.containing("FROM User")));
	}

	@Test
	void exchangesTheCodeWithThePkceVerifierAndKeepsTheInstanceUrl() {
		this.salesforce.server.stubFor(post(urlEqualTo("/services/oauth2/token"))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.withFormParam("code", equalTo("aPrx-code"))
			.withFormParam("code_verifier", equalTo("verifier-789"))
			.withFormParam("client_id", equalTo("consumer-key"))
			.withFormParam("client_secret", equalTo("consumer-secret"))
			.withFormParam("redirect_uri", equalTo("https://crm.example.com/integrations/salesforce/callback"))
			.willReturn(okJson("""
					{"access_token":"00Dxx!AQ4AQnew","refresh_token":"5Aep861refresh","signature":"abc=","scope":"refresh_token id api",
					 "instance_url":"https://acme.my.salesforce.com","id":"https://login.salesforce.com/id/00Dxx0000001gPLEAY/005xx000001Sv6eAAC",
					 "token_type":"Bearer","issued_at":"1733200000000"}
					""")));

		IssuedTokens tokens = this.connector.exchange("aPrx-code", "verifier-789",
				URI.create("https://crm.example.com/integrations/salesforce/callback"));

		assertThat(tokens.instanceUrl()).isEqualTo("https://acme.my.salesforce.com");
		assertThat(tokens.refreshToken()).isEqualTo("5Aep861refresh");
		assertThat(tokens.extra()).containsKey("id").doesNotContainKey("signature");
		URI authorize = this.connector.authorizeUrl(new AuthorizationRequest("s1", "c1", URI.create("https://crm.example.com/cb")));
		assertThat(authorize.toString()).contains("/services/oauth2/authorize?response_type=code&client_id=consumer-key")
			.contains("code_challenge=c1&code_challenge_method=S256");
	}

	@Test
	void refreshesKeepingTheRefreshTokenItHasAndRefusesARevokedOne() {
		this.salesforce.server.stubFor(post(urlEqualTo("/services/oauth2/token"))
			.withFormParam("grant_type", equalTo("refresh_token"))
			.withFormParam("refresh_token", equalTo("5Aep861refresh"))
			.withFormParam("client_id", equalTo("consumer-key"))
			.willReturn(okJson("""
					{"access_token":"00Dxx!AQ4AQrefreshed","signature":"def=","scope":"refresh_token id api",
					 "instance_url":"https://acme.my.salesforce.com","id":"https://login.salesforce.com/id/00Dxx0000001gPLEAY/005xx000001Sv6eAAC",
					 "token_type":"Bearer","issued_at":"1733203600000"}
					""")));
		this.salesforce.server.stubFor(post(urlEqualTo("/services/oauth2/token"))
			.withFormParam("refresh_token", equalTo("revoked"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}")));

		IssuedTokens tokens = this.connector.refresh("5Aep861refresh");

		assertThat(tokens.accessToken()).isEqualTo("00Dxx!AQ4AQrefreshed");
		assertThat(tokens.refreshToken()).isNull();
		assertThat(tokens.instanceUrl()).isEqualTo("https://acme.my.salesforce.com");
		assertThatThrownBy(() -> this.connector.refresh("revoked")).isInstanceOf(ProviderUnauthorizedException.class);
	}

	@Test
	void testsWithUserInfoAndListsFieldsMarkingCustomOnes() {
		this.salesforce.server.stubFor(get(urlEqualTo("/services/oauth2/userinfo")).willReturn(okJson("""
				{"sub":"https://login.salesforce.com/id/00Dxx0000001gPLEAY/005xx000001Sv6eAAC","user_id":"005xx000001Sv6eAAC",
				 "organization_id":"00Dxx0000001gPLEAY","preferred_username":"admin@acme.com","name":"Ada Admin","email":"admin@acme.com"}
				""")));

		assertThat(this.connector.test(this.contacts).accountId()).isEqualTo("00Dxx0000001gPLEAY");
		assertThat(this.connector.fields(this.both)).extracting(field -> field.name() + ":" + field.custom())
			.containsExactly("Id:false", "Email:false", "LastName:false", "Company:false", "FirstName:false", "Budget__c:true");
	}

	private List<ExternalRecord> readAll(ProviderCredentials credentials, Instant since, List<String> fields) {
		List<ExternalRecord> all = new ArrayList<>();
		String cursor = null;
		do {
			RecordPage page = this.connector.read(credentials, new ReadRequest(cursor, since, fields, 100));
			all.addAll(page.records());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	private static String contact(String id, String email, String modstamp, boolean deleted) {
		return """
				{"attributes":{"type":"Contact","url":"%s/sobjects/Contact/%s"},"Id":"%s","SystemModstamp":"%s",
				 "IsDeleted":%s,"Email":"%s","FirstName":null}
				""".formatted(DATA, id, id, modstamp, deleted, email);
	}
}
