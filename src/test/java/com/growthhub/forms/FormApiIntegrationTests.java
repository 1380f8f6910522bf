package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The forms API (owners and admins only, other organizations' forms absent), drafts and frozen versions, the schema,
 * and the public page, theme, embed script, plain HTML POST and analytics of a published form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormApiIntegrationTests extends IdentityTestSupport {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	String owner;
	String member;
	String stranger;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("forms-api-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("forms-api-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
	}

	static Map<String, Object> definition(String label, Map<String, Object> settings) {
		return Map.of("fields", List.of(
				Map.of("key", "email", "type", "email", "label", label, "required", true, "mapsTo", "email"),
				Map.of("key", "message", "type", "textarea", "label", "Message")),
				"theme", Map.of("primaryColor", "#aa3300", "customCss", ".btn { letter-spacing: 1px }"),
				"settings", settings);
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postHtml(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void publishesTheSchemaDefinitionsAreCheckedAgainst() throws Exception {
		ApiClient.Response schema = api().get("/api/v1/forms/schema.json", owner);
		assertThat(schema.status()).isEqualTo(200);
		assertThat(schema.headers().getContentType().toString()).startsWith("application/schema+json");
		assertThat(schema.body().path("$defs").path("field").path("properties").path("type").path("enum").toString())
			.contains("multi_select", "consent", "hidden");

		ApiClient.Response invalid = api().post("/api/v1/forms", Map.of("name", "Bad", "definition",
				Map.of("fields", List.of(Map.of("key", "x", "type", "signature", "label", "X")))), owner);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body().path("errors").toString()).contains("/fields/0/type");
		assertThat(api().post("/api/v1/forms", Map.of("name", " "), owner).status()).isEqualTo(400);
	}

	@Test
	void ownersAndAdminsManageFormsOthersAreRefusedAndOtherOrganizationsSeeNothing() {
		ApiClient.Response created = api().post("/api/v1/forms", Map.of("name", "Newsletter"), owner);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("status").asString()).isEqualTo("draft");
		assertThat(created.body().path("definition").path("fields")).hasSize(2);
		String id = created.text("id");
		assertThat(api().get("/api/v1/forms/" + id, member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/forms", Map.of("name", "Mine"), member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/forms/" + id, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/forms/" + id, null, stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/forms?q=newslet", owner).body().path("items").toString()).contains(id);
	}

	@Test
	void aDraftNeverChangesTheLiveFormUntilItIsPublished() throws Exception {
		String id = api().post("/api/v1/forms", Map.of("name", "Quote", "definition",
				definition("Work email", Map.of("proofOfWork", false, "minFillSeconds", 0))), owner).text("id");
		assertThat(get("/f/" + id).statusCode()).as("not published yet").isEqualTo(404);
		assertThat(api().post("/api/v1/forms/" + id + "/publish", null, owner).body().path("publishedVersion").asInt())
			.isEqualTo(1);

		ApiClient.Response edited = api().exchange("PATCH", "/api/v1/forms/" + id, Map.of("definition",
				definition("Your email", Map.of("proofOfWork", false, "minFillSeconds", 0))), owner, Map.of());
		assertThat(edited.body().path("status").asString()).isEqualTo("changed");
		assertThat(get("/f/" + id).body()).contains("Work email").doesNotContain("Your email");

		api().post("/api/v1/forms/" + id + "/publish", null, owner);
		JsonNode versions = api().get("/api/v1/forms/" + id + "/versions", owner).body().path("items");
		assertThat(versions).extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
		assertThat(versions.get(1).path("definition").path("fields").get(0).path("label").asString()).isEqualTo("Work email");
		assertThat(get("/f/" + id).body()).contains("Your email");

		assertThat(api().exchange("DELETE", "/api/v1/forms/" + id, null, owner, Map.of()).status()).isEqualTo(204);
		assertThat(get("/f/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void theHostedPageEmbedAndPlainHtmlPostWorkAndAreCounted() throws Exception {
		String id = api().post("/api/v1/forms", Map.of("name", "Demo request", "definition", definition("Email",
				Map.of("proofOfWork", false, "minFillSeconds", 0, "allowedDomains", List.of("shop.example")))), owner)
			.text("id");
		api().post("/api/v1/forms/" + id + "/publish", null, owner);

		HttpResponse<String> page = get("/f/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("frame-ancestors 'self' https://shop.example", "script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(page.body()).contains("name=\"_hp\"", "name=\"_ts\"", "/js/forms/form.js").doesNotContain("<script>");
		assertThat(get("/f/" + id + "/theme.css").body()).contains("--gh-primary:#aa3300",
				".gh-form .btn {letter-spacing: 1px}");
		HttpResponse<String> embed = get("/f/" + id + "/embed.js");
		assertThat(embed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
		assertThat(embed.body()).contains("createElement('iframe')", "'" + id + "'", "gh-form:height",
				"http://localhost:" + port);

		HttpResponse<String> sent = postHtml("/f/" + id + "/submissions", "email=html%40example.com&message=Hello");
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location")).hasValue("/f/" + id + "/thanks");
		assertThat(get("/f/" + id + "/thanks").body()).contains("Thank you");
		HttpResponse<String> wrong = postHtml("/f/" + id + "/submissions", "email=not-an-email");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Please check your answers", "Email is not a valid email address");

		HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/forms/"
				+ id + "/submissions.csv")).header("Authorization", "Bearer " + owner).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines().toList()).hasSize(2);
		assertThat(csv.body()).as("after the BOM spreadsheets want").contains("id,receivedAt,status,formVersion,contactId,dealId,classification,spamReasons,Email,Message")
			.contains("html@example.com,Hello");

		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/f/" + id + "/progress?step=1"))
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		JsonNode funnel = api().get("/api/v1/forms/" + id + "/analytics", owner).body();
		assertThat(funnel.path("views").asLong()).isEqualTo(1);
		assertThat(funnel.path("starts").asLong()).isEqualTo(1);
		assertThat(funnel.path("submissions").asLong()).isEqualTo(1);
		assertThat(funnel.path("conversionRate").asDouble()).isEqualTo(1.0);
		assertThat(funnel.path("steps").get(0).path("dropOff").asDouble()).isEqualTo(0.0);
	}
}
