package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * GrowthHub's own tracking (no Mailgun): the open pixel and signed click redirects in the stored email count opens
 * and clicks; a click goes only to a link the email contained; blocked addresses get no mail except security mail;
 * the log API filters by status, address and contact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailTrackingIntegrationTests extends IdentityTestSupport {

	private static final Pattern CLICK = Pattern.compile("href=\"(https?://[^\"]+/t/c/[^\"]+)\"");

	private static final Pattern PIXEL = Pattern.compile("src=\"(https?://[^\"]+/t/o/[^\"]+)\"");

	@Autowired
	Outbox outbox;

	String owner;

	String member;

	String stranger;

	OrganizationId organization;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("tracking-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("tracking-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", owner).text("id")));
	}

	@Test
	void opensAndClicksOfTheStoredEmailAreCountedAndTheClickLeadsToTheEmailsOwnLink() throws Exception {
		String to = uniqueEmail("reader");
		UUID contact = UUID.randomUUID();
		UUID id = send(to, contact, "https://example.com/deals?id=7&tab=notes");
		String body = mailbox().latestBody(to, "notification").orElseThrow();
		assertThat(body).doesNotContain("href=\"https://example.com/deals");

		HttpResponse<byte[]> pixel = get(extract(PIXEL, body));
		assertThat(pixel.statusCode()).isEqualTo(200);
		assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
		assertThat(get(extract(PIXEL, body)).statusCode()).isEqualTo(200);
		JsonNode opened = api().get("/api/v1/emails/" + id, owner).body();
		assertThat(opened.path("status").asString()).isEqualTo("opened");
		assertThat(opened.path("openCount").asInt()).isEqualTo(2);
		assertThat(opened.path("openedAt").isNull()).isFalse();

		HttpResponse<byte[]> click = get(extract(CLICK, body));
		assertThat(click.statusCode()).isEqualTo(302);
		assertThat(click.headers().firstValue("Location")).hasValue("https://example.com/deals?id=7&tab=notes");
		JsonNode clicked = api().get("/api/v1/emails/" + id, owner).body();
		assertThat(clicked.path("status").asString()).isEqualTo("clicked");
		assertThat(clicked.path("clickCount").asInt()).isEqualTo(1);
		assertThat(clicked.path("contactId").asString()).isEqualTo(contact.toString());

		// a later open keeps it clicked
		get(extract(PIXEL, body));
		assertThat(api().get("/api/v1/emails/" + id, owner).text("status")).isEqualTo("clicked");

		JsonNode byContact = api().get("/api/v1/emails?contactId=" + contact, owner).body().path("items");
		assertThat(byContact).hasSize(1);
		assertThat(api().get("/api/v1/emails?status=clicked&to=" + to.toUpperCase(), owner).body().path("items"))
			.extracting(item -> item.path("id").asString()).containsExactly(id.toString());
		assertThat(api().get("/api/v1/emails?status=opened&to=" + to, owner).body().path("items")).isEmpty();
	}

	@Test
	void anEmailToAContactAppearsOnItsTimelineWithItsStatus() throws Exception {
		String to = uniqueEmail("timeline");
		ApiClient.Response created = api().post("/api/v1/contacts",
				ContactMother.complete(Map.of("firstName", "Tim", "lastName", "Line", "email", to)), owner);
		assertThat(created.status()).isEqualTo(201);
		UUID contact = UUID.fromString(created.text("id"));
		send(to, contact, "https://example.com/offer");
		await().atMost(Duration.ofSeconds(20)).until(() -> emailEntry(contact) != null);
		assertThat(emailEntry(contact).path("payload").path("status").asString()).isEqualTo("pending");
		assertThat(emailEntry(contact).path("text").asString()).isEqualTo("A deal was assigned to you");

		get(extract(PIXEL, mailbox().latestBody(to, "notification").orElseThrow()));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> "opened".equals(emailEntry(contact).path("payload").path("status").asString()));
		assertThat(emailEntry(contact).path("payload").path("openCount").asInt()).isEqualTo(1);
		JsonNode items = api().get("/api/v1/contacts/" + contact + "/interactions", owner).body().path("items");
		assertThat(items).filteredOn(item -> item.path("type").asString().equals("email")).hasSize(1);
	}

	private JsonNode emailEntry(UUID contact) {
		for (JsonNode item : api().get("/api/v1/contacts/" + contact + "/interactions", owner).body().path("items")) {
			if (item.path("type").asString().equals("email")) {
				return item;
			}
		}
		return null;
	}

	@Test
	void aTamperedTokenIsNotFoundAndCountsNothing() throws Exception {
		String to = uniqueEmail("tamper");
		UUID id = send(to, null, "https://example.com/a");
		String body = mailbox().latestBody(to, "notification").orElseThrow();
		String click = extract(CLICK, body);
		String tampered = click.substring(0, click.length() - 2) + (click.endsWith("A") ? "BB" : "AA");

		assertThat(get(tampered).statusCode()).isEqualTo(404);
		HttpResponse<byte[]> foreign = get(click.replaceAll("/t/c/.*", "/t/c/https%3A%2F%2Fevil.example"));
		assertThat(foreign.statusCode()).isIn(400, 404);
		assertThat(foreign.headers().firstValue("Location")).isEmpty();
		assertThat(get(extract(PIXEL, body).replace("/t/o/", "/t/o/x")).statusCode()).isEqualTo(404);
		JsonNode email = api().get("/api/v1/emails/" + id, owner).body();
		assertThat(email.path("openCount").asInt()).isZero();
		assertThat(email.path("clickCount").asInt()).isZero();
		assertThat(email.path("status").asString()).isEqualTo("pending");
	}

	@Test
	void aBlockedAddressGetsNoMailButSecurityMailUntilAnAdminUnblocksIt() {
		String to = uniqueEmail("blocked");
		ApiClient.Response blocked = api().post("/api/v1/email-suppressions", Map.of("address", to.toUpperCase()), owner);
		assertThat(blocked.status()).isEqualTo(201);
		assertThat(blocked.text("reason")).isEqualTo("manual");

		UUID ordinary = send(to, null, "https://example.com/b");
		UUID security = transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> outbox.enqueue(new EmailRequest(organization, null, to, "password-reset", "Reset",
						Map.of("firstName", "Ada", "link", "https://example.com/reset?token=1"), "1")));

		assertThat(api().get("/api/v1/emails/" + ordinary, owner).text("status")).isEqualTo("suppressed");
		assertThat(api().get("/api/v1/emails/" + security, owner).text("status")).isEqualTo("pending");
		String securityBody = mailbox().latestBody(to, "password-reset").orElseThrow();
		assertThat(securityBody).doesNotContain("/t/o/", "/t/c/");

		assertThat(api().get("/api/v1/email-suppressions", member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/email-suppressions", stranger).body().path("items")).isEmpty();
		String suppression = blocked.text("id");
		assertThat(api().exchange("DELETE", "/api/v1/email-suppressions/" + suppression, null, stranger, Map.of())
			.status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/email-suppressions/" + suppression, null, owner, Map.of())
			.status()).isEqualTo(200);
		assertThat(api().get("/api/v1/emails/" + send(to, null, "https://example.com/c"), owner).text("status"))
			.isEqualTo("pending");
	}

	@Test
	void theLogIsTheOrganizationsAndOnlyForAdmins() {
		UUID id = send(uniqueEmail("private"), null, "https://example.com/d");

		assertThat(api().get("/api/v1/emails/" + id, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/emails", member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/emails?status=nonsense", owner).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/emails?cursor=%%%", owner).status()).isEqualTo(400);
		ApiClient.Response page = api().get("/api/v1/emails?limit=1", owner);
		assertThat(page.body().path("items")).hasSize(1);
		assertThat(page.text("nextCursor")).isNotBlank();
		assertThat(api().get("/api/v1/emails?limit=1&cursor=" + page.text("nextCursor"), owner).body().path("items"))
			.hasSize(1);
	}

	private UUID send(String to, UUID contact, String link) {
		EmailRequest request = new EmailRequest(organization, null, to, "notification", "A deal was assigned to you",
				Map.of("title", "A deal was assigned to you", "body", "Acme", "link", link), null);
		EmailRequest addressed = contact == null ? request : request.toContact(contact);
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")), () -> outbox.enqueue(addressed));
	}

	private HttpResponse<byte[]> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url.replace("&amp;", "&")
			.replaceFirst("^https?://[^/]+", "http://localhost:" + port))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String extract(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("%s in %s", pattern, body).isTrue();
		return matcher.group(1);
	}
}
