package com.growthhub.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * The real HubSpot connector against a WireMock HubSpot shaped like its documented OAuth endpoints: the authorization
 * code flow with PKCE (the token endpoint receives the verifier of the challenge the consent page got) and a state
 * bound to the person who started it and spent once; then a signed webhook delivery that syncs the connection, and
 * one with a wrong signature that is refused. (The WireMock HubSpot is the one every test context points at.)
 */
class HubSpotSignInIntegrationTests extends IdentityTestSupport {

	private static final String CLIENT_SECRET = "hubspot-client-secret-for-tests";

	private static final WireMockServer HUBSPOT = SharedHubSpotStub.get();

	@DynamicPropertySource
	static void hubspot(DynamicPropertyRegistry registry) {
		registry.add("growthhub.integrations.hubspot.client-id", () -> "growthhub-test-app");
		registry.add("growthhub.integrations.hubspot.client-secret", () -> CLIENT_SECRET);
	}

	@Test
	void anOwnerSignsInWithPkceAndTheStateIsTheirsAndSpentOnce() throws Exception {
		String email = uniqueEmail("hubspot-oauth");
		registerVerified(email);
		String owner = accessToken(email);
		String admin = invitedMember(owner, "admin");
		UUID organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		long portal = Math.abs(organization.getMostSignificantBits() % 1_000_000_000L);
		HUBSPOT.stubFor(post(urlPathEqualTo("/oauth/v1/token")).withRequestBody(containing("grant_type=authorization_code"))
			.withRequestBody(containing("code=code-" + portal)).withRequestBody(containing("code_verifier="))
			.willReturn(okJson("""
					{"token_type": "bearer", "refresh_token": "na1-refresh-%d", "access_token": "CJSP-access-%d", "expires_in": 1800}
					""".formatted(portal, portal))));
		HUBSPOT.stubFor(get(urlPathEqualTo("/account-info/v3/details"))
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer CJSP-access-" + portal))
			.willReturn(okJson("""
					{"portalId": %d, "accountType": "STANDARD", "timeZone": "US/Eastern", "companyCurrency": "USD",
					 "uiDomain": "app.hubspot.com", "dataHostingLocation": "na1"}
					""".formatted(portal))));
		HUBSPOT.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts")).willReturn(okJson("""
				{"results": []}
				""")));
		HUBSPOT.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search")).willReturn(okJson("""
				{"total": 0, "results": []}
				""")));

		String authorize = api().post("/api/v1/integrations/hubspot/connect", Map.of(), owner).text("authorizeUrl");
		Map<String, String> query = query(URI.create(authorize));
		assertThat(authorize).startsWith(HUBSPOT.baseUrl() + "/oauth/authorize");
		assertThat(query).containsEntry("code_challenge_method", "S256").containsEntry("client_id", "growthhub-test-app");
		String state = query.get("state");

		// A state someone else started, or one never issued, is refused; the person's own completes once.
		assertThat(callback(admin, "code-" + portal, state).status()).isEqualTo(400);
		String adminState = query(URI.create(api().post("/api/v1/integrations/hubspot/connect", Map.of(), admin)
			.text("authorizeUrl"))).get("state");
		assertThat(callback(owner, "code-" + portal, adminState).status()).isEqualTo(400);
		assertThat(callback(owner, "code-" + portal, "made-up-state").status()).isEqualTo(400);

		ApiClient.Response connected = callback(owner, "code-" + portal, state);
		assertThat(connected.status()).isEqualTo(201);
		assertThat(connected.body().path("connection").path("accountId").asString()).isEqualTo(Long.toString(portal));
		assertThat(connected.body().toString()).doesNotContain("CJSP-access").doesNotContain("na1-refresh");

		String verifier = HUBSPOT.findAll(postRequestedFor(urlPathEqualTo("/oauth/v1/token"))).stream()
			.map(request -> form(request.getBodyAsString()))
			.filter(form -> ("code-" + portal).equals(form.get("code")))
			.map(form -> form.get("code_verifier"))
			.findFirst().orElseThrow();
		assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
			.digest(verifier.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(query.get("code_challenge"));

		assertThat(callback(owner, "code-" + portal, state).status()).as("a state is spent once").isEqualTo(400);
		String row = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select c::text from integration_connections c where organization_id = ?").param(organization)
			.query(String.class).single());
		assertThat(row).doesNotContain("CJSP-access").doesNotContain("na1-refresh");
		JsonNode imported = await().atMost(Duration.ofSeconds(60)).until(() -> latest(owner),
				run -> run != null && "succeeded".equals(run.path("status").asString()));
		assertThat(imported.path("mode").asString()).isEqualTo("import");

		// HubSpot tells of a change: a wrongly signed delivery is refused, a signed one syncs the connection.
		String body = """
				[{"objectId": 501, "propertyName": "email", "propertyValue": "ada@example.com", "changeSource": "CRM",
				  "eventId": 3816279340, "subscriptionId": 25, "portalId": %d, "appId": 1160452,
				  "occurredAt": %d, "subscriptionType": "contact.propertyChange", "attemptNumber": 0}]
				""".formatted(portal, System.currentTimeMillis());
		String url = "http://localhost:" + port + "/api/v1/integrations/hubspot/webhook";
		String timestamp = Long.toString(System.currentTimeMillis());
		assertThat(deliver(url, body, timestamp, "bm90IHRoZSBzaWduYXR1cmU=").statusCode()).isEqualTo(401);
		HttpResponse<String> accepted = deliver(url, body, timestamp, sign("POST" + url + body + timestamp));
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"syncing\":1");
		await().atMost(Duration.ofSeconds(60)).until(() -> latest(owner),
				run -> run != null && "incremental".equals(run.path("mode").asString())
						&& "succeeded".equals(run.path("status").asString()));
	}

	private ApiClient.Response callback(String token, String code, String state) {
		return api().get("/api/v1/integrations/hubspot/callback?code=" + code + "&state=" + state, token);
	}

	private JsonNode latest(String owner) {
		JsonNode items = api().get("/api/v1/integrations/hubspot/runs", owner).body().path("items");
		return items.isEmpty() ? null : items.get(0);
	}

	private static HttpResponse<String> deliver(String url, String body, String timestamp, String signature) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("X-HubSpot-Signature-v3", signature)
			.header("X-HubSpot-Request-Timestamp", timestamp)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private static String sign(String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, String> query(URI uri) {
		return form(uri.getRawQuery());
	}

	private static Map<String, String> form(String text) {
		Map<String, String> values = new HashMap<>();
		for (String pair : List.of(text.split("&"))) {
			int eq = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}
}
