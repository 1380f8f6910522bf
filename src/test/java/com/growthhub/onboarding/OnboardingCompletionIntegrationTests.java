package com.growthhub.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.files.TestFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/** Steps saved one by one, credentials in the vault (masked, revealed by admins only and audited), completion. */
class OnboardingCompletionIntegrationTests extends IdentityTestSupport {

	static final String SECRET = "wp-admin-Secret-9876";

	String owner;
	String agency;
	String contact;
	String clientId;
	String client;
	OnboardingFixtures fixtures;

	@BeforeEach
	void anActivatedClient() {
		owner = uniqueEmail("agency");
		registerVerified(owner);
		agency = accessToken(owner);
		contact = uniqueEmail("dana");
		fixtures = new OnboardingFixtures(api(), mailbox());
		clientId = fixtures.createClient(agency, contact).body().path("onboarding").path("id").asString();
		client = fixtures.activate(fixtures.emailedToken(contact, "onboarding-invite"));
	}

	@Test
	void credentialsGoToTheVaultShownMaskedAndRevealedOnlyByAdminsWithAnAuditRecord() {
		ApiClient.Response saved = api().post("/api/v1/onboarding/me/steps/website", Map.of("url", "https://smile.example",
				"cmsType", "wordpress", "adminUsername", "dana", "adminPassword", SECRET), client);
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
		assertThat(saved.body().toString()).doesNotContain(SECRET);
		assertThat(saved.body().path("credentials").get(0).path("masked").asString()).isEqualTo("••••9876");
		assertThat(vaultRows(SECRET)).as("stored encrypted").isZero();

		JsonNode progress = api().get("/api/v1/onboarding/clients/" + clientId, agency).body();
		assertThat(progress.toString()).doesNotContain(SECRET).contains("https://smile.example");
		String credentialId = progress.path("onboarding").path("credentials").get(0).path("id").asString();
		String reveal = "/api/v1/onboarding/clients/" + clientId + "/credentials/" + credentialId + "/reveal";

		String member = invitedMember(agency, "member");
		assertThat(api().post(reveal, null, member).status()).isEqualTo(403);
		assertThat(api().post(reveal, null, client).status()).as("the client's own organization has no such client")
			.isIn(403, 404);
		assertThat(revealAudits(credentialId)).isZero();

		ApiClient.Response revealed = api().post(reveal, null, agency);
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.text("secret")).isEqualTo(SECRET);
		assertThat(revealAudits(credentialId)).isEqualTo(1);
		ApiClient.Response audit = api().get("/api/v1/audit-events?entityType=onboarding_credential_reveal", agency);
		assertThat(audit.status()).as(audit.body().toString()).isEqualTo(200);
		assertThat(audit.body().toString()).as("the audit log names what was revealed").contains("website adminPassword");
		assertThat(api().get("/api/v1/onboarding/clients/" + clientId, agency).body().path("reveals").size()).isEqualTo(1);

		ApiClient.Response kept = api().post("/api/v1/onboarding/me/steps/website",
				Map.of("url", "https://smile.example", "adminPassword", ""), client);
		assertThat(kept.body().path("credentials").get(0).path("masked").asString()).as("blank keeps it").isEqualTo("••••9876");
	}

	@Test
	void completesOnceEveryRequiredStepIsDoneAndTellsBothSides() {
		ApiClient.Response early = api().post("/api/v1/onboarding/me/complete", null, client);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body().path("missingSteps").toString()).contains("services", "website");

		api().post("/api/v1/onboarding/me/steps/services", Map.of("services", List.of("seo", "google_ads")), client);
		api().post("/api/v1/onboarding/me/steps/website", Map.of("url", "https://smile.example"), client);
		ApiClient.Response done = api().post("/api/v1/onboarding/me/complete", null, client);
		assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
		assertThat(done.text("completedAt")).isNotBlank();
		assertThat(api().post("/api/v1/onboarding/me/complete", null, client).status()).as("idempotent").isEqualTo(200);
		assertThat(api().post("/api/v1/onboarding/me/steps/brand", Map.of("colors", "#112233"), client).status())
			.isEqualTo(409);

		assertThat(mailbox().count(contact, "onboarding-complete")).isEqualTo(1);
		assertThat(notifications(owner)).isEqualTo(1);
		JsonNode progress = api().get("/api/v1/onboarding/clients/" + clientId, agency).body();
		assertThat(progress.path("onboarding").path("completedAt").isMissingNode()).isFalse();
		assertThat(progress.path("onboarding").path("percentDone").asInt()).isEqualTo(38);
		assertThat(api().get("/api/v1/accounts/summary", agency).body().path("onboardingCompleted").asInt())
			.as("the agency hub hears of it").isEqualTo(1);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndOtherAgenciesSeeNothing() {
		assertField(api().post("/api/v1/onboarding/me/steps/brand", Map.of("colors", "red"), client), "colors");
		assertField(api().post("/api/v1/onboarding/me/steps/website", Map.of("cmsType", "frontpage"), client), "cmsType");
		assertField(api().post("/api/v1/onboarding/me/steps/website", Map.of("url", "javascript:alert(1)"), client), "url");
		assertField(api().post("/api/v1/onboarding/me/steps/services", Map.of("services", List.of("crypto")), client),
				"services");
		assertField(api().post("/api/v1/onboarding/me/steps/ga4", Map.of("nonsense", "x"), client), "nonsense");
		assertThat(api().post("/api/v1/onboarding/me/steps/teleport", Map.of(), client).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/onboarding/clients", Map.of("name", "No contact"), agency).status()).isEqualTo(400);

		String other = uniqueEmail("other-agency");
		registerVerified(other);
		String otherAgency = accessToken(other);
		assertThat(api().get("/api/v1/onboarding/clients/" + clientId, otherAgency).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/onboarding/clients/" + clientId + "/invitation", null, otherAgency).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/onboarding/clients/" + UUID.randomUUID(), agency).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/onboarding/clients", client).status()).as("a client sees no agency's list")
			.isEqualTo(403);
		assertThat(api().get("/api/v1/onboarding/me", agency).status()).as("the agency has no onboarding of its own")
			.isEqualTo(404);
	}

	@Test
	void brandFilesGoToTheFileStoreAndTheAgencyOpensThem() throws Exception {
		assertThat(upload("logo", "logo.png", TestFiles.png(40, 20)).statusCode()).isEqualTo(201);
		assertThat(upload("logo", "logo2.png", TestFiles.png(80, 40)).statusCode()).isEqualTo(201);
		assertThat(upload("style_guide", "guide.pdf", TestFiles.pdf()).statusCode()).isEqualTo(201);
		assertThat(upload("logo", "notes.txt", "not an image".getBytes()).statusCode()).isEqualTo(415);
		assertThat(upload("banner", "logo.png", TestFiles.png(10, 10)).statusCode()).isEqualTo(400);

		JsonNode mine = api().get("/api/v1/onboarding/me/brand/files", client).body().path("items");
		assertThat(mine.size()).as("a new logo replaces the old one").isEqualTo(2);
		JsonNode theirs = api().get("/api/v1/onboarding/clients/" + clientId + "/brand/files", agency).body().path("items");
		assertThat(theirs.valueStream().map(item -> item.path("name").asString()).toList())
			.containsExactlyInAnyOrder("logo2.png", "guide.pdf");
		String assetId = theirs.get(0).path("id").asString();
		ApiClient.Response open = api().get("/api/v1/onboarding/clients/" + clientId + "/brand/files/" + assetId, agency);
		assertThat(open.status()).isEqualTo(303);
		assertThat(open.headers().getLocation()).isNotNull();

		String other = uniqueEmail("other-agency");
		registerVerified(other);
		assertThat(api().get("/api/v1/onboarding/clients/" + clientId + "/brand/files/" + assetId, accessToken(other))
			.status()).isEqualTo(404);
	}

	private HttpResponse<String> upload(String kind, String name, byte[] content) throws Exception {
		String boundary = "onboarding" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/onboarding/me/brand/files"))
			.header("Authorization", "Bearer " + client)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}

	private int vaultRows(String secret) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"select count(*) from vault_secrets where position(convert_to(?, 'UTF8') in ciphertext) > 0")
			.param(secret).query(Integer.class).single());
	}

	private int revealAudits(String credentialId) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select count(*) from audit_events where entity_type = 'onboarding_credential_reveal'
				and changes -> 'credential_id' ->> 'after' = ?
				""").param(credentialId).query(Integer.class).single());
	}

	private int notifications(String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select count(*) from notifications n join users u on u.id = n.recipient_user_id
				where u.email = ? and n.type = 'onboarding_completed'
				""").param(email.toLowerCase()).query(Integer.class).single());
	}
}
