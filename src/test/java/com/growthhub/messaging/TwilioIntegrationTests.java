package com.growthhub.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.messaging.internal.lines.InboundTexts;
import com.growthhub.messaging.internal.lines.TwilioSignatures;

import tools.jackson.databind.JsonNode;

/**
 * Lines and texts through a WireMock Twilio shaped like its documented REST API: {@code POST
 * /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json} and {@code Messages.json}, form-encoded with Basic auth
 * (account SID, auth token), answering 201 with the created resource or 4xx with {@code {code, message, more_info,
 * status}}; and its inbound webhook, signed in {@code X-Twilio-Signature}. Runs in the transport tests' JVM (see the
 * pom), where no other test's cached context is alive beside it, so only this one sends.
 */
// Its context, the only one with this transport, closes after the class: alive beside another transport's context in
// the same JVM (see the pom's own-transport-jvm), the two would claim each other's queued texts.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioIntegrationTests extends IdentityTestSupport {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String AUTH_TOKEN = "twilio-auth-token-for-tests-0123";

	private static final String BASE = "/2010-04-01/Accounts/" + ACCOUNT_SID;

	private static final WireMockServer TWILIO = new WireMockServer(options().dynamicPort());

	static {
		TWILIO.start();
	}

	@DynamicPropertySource
	static void twilio(DynamicPropertyRegistry registry) {
		registry.add("growthhub.sms.base-url", TWILIO::baseUrl);
		registry.add("growthhub.sms.account-sid", () -> ACCOUNT_SID);
		registry.add("growthhub.sms.auth-token", () -> AUTH_TOKEN);
	}

	@Autowired
	InboundTexts inbound;

	String owner;

	String ownerId;

	LineFixtures fixtures;

	@BeforeAll
	void team() {
		TWILIO.stubFor(post(urlEqualTo(BASE + "/Messages.json")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"account_sid": "%s", "api_version": "2010-04-01", "body": "Hello", "date_created": "Thu, 03 Dec 2026 10:00:00 +0000",
					 "direction": "outbound-api", "error_code": null, "error_message": null, "from": "+15557650000",
					 "num_segments": "1", "price": null, "sid": "SM3f1e6bd6a1ad4e26b9e5a3b0f0c1d2e3", "status": "queued",
					 "to": "+12125550101", "uri": "/2010-04-01/Accounts/%s/Messages/SM3f1e6bd6a1ad4e26b9e5a3b0f0c1d2e3.json"}
					""".formatted(ACCOUNT_SID, ACCOUNT_SID))));
		String ownerEmail = uniqueEmail("twilio-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		fixtures = new LineFixtures(api(), owner);
		ownerId = fixtures.me(owner);
	}

	@AfterAll
	void stop() {
		TWILIO.stop();
	}

	@Test
	void aNewLineBuysItsNumberAndIsActive() {
		String number = LineFixtures.number();
		TWILIO.stubFor(post(urlEqualTo(BASE + "/IncomingPhoneNumbers.json"))
			.withRequestBody(containing("PhoneNumber=" + urlEncoded(number)))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
					{"account_sid": "%s", "friendly_name": "Bought line", "phone_number": "%s",
					 "sid": "PN2a0747eba6abf96b7e3c3ff0b4530f6e", "status": "in-use",
					 "capabilities": {"voice": true, "sms": true, "mms": true},
					 "uri": "/2010-04-01/Accounts/%s/IncomingPhoneNumbers/PN2a0747eba6abf96b7e3c3ff0b4530f6e.json"}
					""".formatted(ACCOUNT_SID, number, ACCOUNT_SID))));

		ApiClient.Response created = api().post("/api/v1/lines",
				Map.of("assignedUserId", ownerId, "displayName", "Bought line", "phoneNumber", number), owner);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("active");
		TWILIO.verify(postRequestedFor(urlEqualTo(BASE + "/IncomingPhoneNumbers.json"))
			.withHeader("Authorization", equalTo(basic()))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withRequestBody(containing("PhoneNumber=" + urlEncoded(number)))
			.withRequestBody(containing("FriendlyName=Bought+line")));
		api().exchange("DELETE", "/api/v1/lines/" + created.text("id"), null, owner, Map.of());
	}

	@Test
	void aNumberTheProviderRefusesLeavesTheLineFailedWithItsReason() {
		String number = LineFixtures.number();
		TWILIO.stubFor(post(urlEqualTo(BASE + "/IncomingPhoneNumbers.json"))
			.withRequestBody(containing("PhoneNumber=" + urlEncoded(number)))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"code": 21422, "message": "PhoneNumber is not available", "more_info": "https://www.twilio.com/docs/errors/21422", "status": 400}
					""")));

		ApiClient.Response created = api().post("/api/v1/lines",
				Map.of("assignedUserId", ownerId, "displayName", "Taken", "phoneNumber", number), owner);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("failed");
		assertThat(created.text("failure")).contains("400").contains("PhoneNumber is not available")
			.doesNotContain(AUTH_TOKEN);
		api().exchange("DELETE", "/api/v1/lines/" + created.text("id"), null, owner, Map.of());
	}

	@Test
	void textsAreSentThroughTheProviderAndRepliesComeBackSigned() {
		String number = LineFixtures.number();
		TWILIO.stubFor(post(urlEqualTo(BASE + "/IncomingPhoneNumbers.json"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"sid\": \"PN11112222333344445555666677778888\", \"phone_number\": \"" + number + "\"}")));
		String line = api().post("/api/v1/lines", Map.of("assignedUserId", ownerId, "displayName", "Texts", "phoneNumber",
				number), owner).text("id");
		JsonNode contact = api().post("/api/v1/contacts", ContactMother.person("Katherine"), owner).body();
		String contactPhone = contact.path("phone").asString();

		ApiClient.Response sent = api().post("/api/v1/conversations", Map.of("lineId", line, "contactId",
				contact.path("id").asString(), "channel", "sms", "text", "Hello Katherine"), owner);
		assertThat(sent.status()).isEqualTo(201);
		String conversation = sent.body().path("conversation").path("id").asString();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api()
			.get("/api/v1/conversations/" + conversation + "/messages", owner).body().path("items").get(0)
			.path("status").asString()).isEqualTo("sent"));
		TWILIO.verify(postRequestedFor(urlEqualTo(BASE + "/Messages.json"))
			.withHeader("Authorization", equalTo(basic()))
			.withRequestBody(containing("From=" + urlEncoded(number)))
			.withRequestBody(containing("To=" + urlEncoded(contactPhone)))
			.withRequestBody(containing("Body=Hello+Katherine")));

		Map<String, String> reply = new HashMap<>(Map.of("AccountSid", ACCOUNT_SID, "MessageSid",
				"SM" + UUID.randomUUID().toString().replace("-", ""), "From", contactPhone, "To", number, "Body",
				"Thanks, see you Friday", "NumMedia", "0"));
		String signature = new TwilioSignatures(AUTH_TOKEN).sign(inbound.url(), reply);

		FormPoster webhook = new FormPoster(port);
		assertThat(webhook.post("/webhooks/sms", reply, "d3Jvbmc=").status()).isEqualTo(403);
		Map<String, String> tampered = new HashMap<>(reply);
		tampered.put("Body", "Send me your password");
		assertThat(webhook.post("/webhooks/sms", tampered, signature).status()).isEqualTo(403);
		assertThat(webhook.post("/webhooks/sms", reply, signature).status()).isEqualTo(200);
		assertThat(webhook.post("/webhooks/sms", reply, signature).status()).as("a retried delivery").isEqualTo(200);

		JsonNode messages = api().get("/api/v1/conversations/" + conversation + "/messages", owner).body().path("items");
		assertThat(messages).extracting(message -> message.path("direction").asString() + ":" + message.path("body").asString())
			.containsExactly("outbound:Hello Katherine", "inbound:Thanks, see you Friday");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api()
			.get("/api/v1/contacts/" + contact.path("id").asString() + "/interactions", owner).body().path("items"))
			.extracting(item -> item.path("text").asString()).contains("Thanks, see you Friday"));
	}

	@Test
	void aTextFromANumberNoContactHasStartsALeadAndItsConversationOnTheLine() {
		String number = LineFixtures.number();
		TWILIO.stubFor(post(urlEqualTo(BASE + "/IncomingPhoneNumbers.json"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"sid\": \"PN99990000111122223333444455556666\", \"phone_number\": \"" + number + "\"}")));
		String line = api().post("/api/v1/lines", Map.of("assignedUserId", ownerId, "displayName", "Enquiries", "phoneNumber",
				number), owner).text("id");
		String stranger = ContactMother.phone().replace(" ", "");
		Map<String, String> text = new HashMap<>(Map.of("AccountSid", ACCOUNT_SID, "MessageSid",
				"SM" + UUID.randomUUID().toString().replace("-", ""), "From", stranger, "To", number, "Body",
				"Hi, do you install heat pumps?", "NumMedia", "0"));
		String signature = new TwilioSignatures(AUTH_TOKEN).sign(inbound.url(), text);
		FormPoster webhook = new FormPoster(port);

		assertThat(webhook.post("/webhooks/sms", text, signature).status()).isEqualTo(200);
		assertThat(webhook.post("/webhooks/sms", text, signature).status()).as("a retried delivery").isEqualTo(200);

		JsonNode conversations = api().get("/api/v1/conversations?lineId=" + line, owner).body().path("items");
		assertThat(conversations).hasSize(1);
		String contactId = conversations.get(0).path("contactId").asString();
		JsonNode lead = api().get("/api/v1/contacts/" + contactId, owner).body();
		assertThat(lead.path("phone").asString()).isEqualTo(stranger);
		assertThat(lead.path("source").asString()).isEqualTo("sms");
		assertThat(lead.path("type").asString()).isEqualTo("lead");
		assertThat(lead.path("ownerId").asString()).isEqualTo(ownerId);
		JsonNode messages = api().get("/api/v1/conversations/" + conversations.get(0).path("id").asString() + "/messages",
				owner).body().path("items");
		assertThat(messages).extracting(message -> message.path("direction").asString() + ":" + message.path("body").asString())
			.containsExactly("inbound:Hi, do you install heat pumps?");

		// The next text from that number joins the same lead's thread.
		Map<String, String> next = new HashMap<>(text);
		next.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
		next.put("Body", "Tomorrow works");
		assertThat(webhook.post("/webhooks/sms", next, new TwilioSignatures(AUTH_TOKEN).sign(inbound.url(), next)).status())
			.isEqualTo(200);
		assertThat(api().get("/api/v1/conversations?lineId=" + line, owner).body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/conversations?contactId=" + contactId, owner).body().path("items").get(0)
			.path("lineId").asString()).isEqualTo(line);
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
	}

	private static String urlEncoded(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
