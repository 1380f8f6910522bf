package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lines end to end with provisioning by hand (no SMS provider): an owner, an admin, two members, and a stranger's
 * organization whose lines and conversations must look absent. Entitlements default to one free and two paid lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineApiIntegrationTests extends IdentityTestSupport {

	String owner;
	String member;
	String memberId;
	String otherMember;
	String stranger;
	LineFixtures fixtures;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("lines-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		otherMember = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("lines-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		fixtures = new LineFixtures(api(), owner);
		memberId = fixtures.me(member);
		UUID organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		// This organization holds the lines of many tests: more paid lines than the default two.
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				insert into line_entitlements (organization_id, free_lines_included, paid_lines_allowed) values (?, 1, 50)
				on conflict (organization_id) do update set paid_lines_allowed = 50
				""").param(organization).update());
	}

	/** A fresh organization with its owner's token, for tests that count lines from zero. */
	private String freshOwner(String name) {
		String email = uniqueEmail(name);
		registerVerified(email);
		return accessToken(email);
	}

	@Test
	void aLineWaitsForAnAdminToConfirmItAndOnlyAdminsManageLines() {
		String admin = freshOwner("lines-manual");
		LineFixtures lines = new LineFixtures(api(), admin);
		Instant before = Instant.now();
		ApiClient.Response created = api().post("/api/v1/lines", Map.of("assignedUserId", lines.me(admin), "displayName",
				"Ada's line", "phoneNumber", LineFixtures.number(), "emailAddress", "Ada@Example.com"), admin);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("provisioning");
		assertThat(created.text("billingType")).isEqualTo("free");
		assertThat(created.text("emailAddress")).isEqualTo("ada@example.com");
		assertThat(created.body().path("dailyNewConversationsLimit").asInt()).isEqualTo(20);
		assertThat(created.body().path("dailyMessagesLimit").asInt()).isEqualTo(150);
		assertThat(Instant.parse(created.text("estimatedReadyAt")))
			.isBetween(before.plus(Duration.ofHours(47)), Instant.now().plus(Duration.ofHours(48)));
		String id = created.text("id");

		ApiClient.Response activated = api().post("/api/v1/lines/" + id + "/activate", null, admin);
		assertThat(activated.text("status")).isEqualTo("active");
		assertThat(activated.text("activatedAt")).isNotBlank();
		assertThat(api().post("/api/v1/lines/" + id + "/activate", null, admin).status()).isEqualTo(409);

		ApiClient.Response changed = api().exchange("PATCH", "/api/v1/lines/" + id,
				Map.of("displayName", "Ada Lovelace", "dailyMessagesLimit", 40), admin, Map.of());
		assertThat(changed.text("displayName")).isEqualTo("Ada Lovelace");
		assertThat(changed.body().path("dailyMessagesLimit").asInt()).isEqualTo(40);
		assertThat(api().get("/api/v1/lines", admin).body().path("items")).hasSize(1);
	}

	@Test
	void membersMayReadLinesButNotManageThem() {
		String line = fixtures.line(memberId, Map.of());
		assertThat(api().get("/api/v1/lines/" + line, member).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/lines", Map.of("assignedUserId", memberId, "displayName", "Mine", "phoneNumber",
				LineFixtures.number()), member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/lines/" + line + "/activate", null, member).status()).isEqualTo(403);
		assertThat(api().exchange("DELETE", "/api/v1/lines/" + line, null, member, Map.of()).status()).isEqualTo(403);
		assertThat(api().exchange("DELETE", "/api/v1/lines/" + line, null, owner, Map.of()).status()).isEqualTo(204);
	}

	@Test
	void badLinesAreRefusedWithProblemDetails() {
		String me = fixtures.me(owner);
		ApiClient.Response noAddress = api().post("/api/v1/lines", Map.of("assignedUserId", me, "displayName", "Nothing"), owner);
		assertThat(noAddress.status()).isEqualTo(400);
		assertThat(noAddress.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(api().post("/api/v1/lines", Map.of("assignedUserId", me, "displayName", "Bad", "phoneNumber", "555-1234"),
				owner).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/lines", Map.of("assignedUserId", UUID.randomUUID(), "displayName", "Nobody",
				"emailAddress", "nobody@example.com"), owner).status()).isEqualTo(422);
		assertThat(api().post("/api/v1/lines", "{\"assignedUserId\":\"not-a-uuid\"}", owner).status()).isEqualTo(400);
	}

	@Test
	void entitlementsCountLinesAddedAndRemovedAndRefuseOneTooMany() {
		String admin = freshOwner("lines-entitled");
		LineFixtures lines = new LineFixtures(api(), admin);
		String me = lines.me(admin);
		assertThat(entitlements(admin)).isEqualTo(List.of(1, 0, 2, 0, 0));

		String free = lines.line(me, Map.of());
		String paid = lines.line(me, Map.of());
		lines.line(me, Map.of());
		assertThat(entitlements(admin)).isEqualTo(List.of(1, 1, 2, 2, 3));
		assertThat(api().get("/api/v1/lines/" + free, admin).text("billingType")).isEqualTo("free");
		assertThat(api().get("/api/v1/lines/" + paid, admin).text("billingType")).isEqualTo("paid");

		ApiClient.Response refused = api().post("/api/v1/lines", Map.of("assignedUserId", me, "displayName", "Fourth",
				"phoneNumber", LineFixtures.number()), admin);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("already has all the lines it may have");
		assertThat(entitlements(admin)).isEqualTo(List.of(1, 1, 2, 2, 3));

		api().exchange("DELETE", "/api/v1/lines/" + free, null, admin, Map.of());
		assertThat(entitlements(admin)).isEqualTo(List.of(1, 0, 2, 2, 2));
		assertThat(api().get("/api/v1/lines/" + lines.line(me, Map.of()), admin).text("billingType")).isEqualTo("free");
		api().exchange("DELETE", "/api/v1/lines/" + paid, null, admin, Map.of());
		assertThat(entitlements(admin)).isEqualTo(List.of(1, 1, 2, 1, 2));
	}

	@Test
	void concurrentAddsNeverPassTheEntitlement() throws Exception {
		String admin = freshOwner("lines-race");
		String me = new LineFixtures(api(), admin).me(admin);
		List<Integer> statuses = concurrently(12, () -> api().post("/api/v1/lines", Map.of("assignedUserId", me,
				"displayName", "Race", "phoneNumber", LineFixtures.number()), admin).status());

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
		assertThat(entitlements(admin)).isEqualTo(List.of(1, 1, 2, 2, 3));
		assertThat(api().get("/api/v1/lines", admin).body().path("items")).hasSize(3);
	}

	@Test
	void theAssignedMemberTalksToAContactBySmsAndByEmail() {
		String line = fixtures.activeLine(memberId, Map.of("emailAddress", "sales@acme.example"));
		String contact = fixtures.contact("Grace");

		ApiClient.Response started = api().post("/api/v1/conversations",
				Map.of("lineId", line, "contactId", contact, "channel", "sms", "text", "Hello Grace"), member);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		String conversation = started.body().path("conversation").path("id").asString();
		assertThat(started.body().path("conversation").path("channel").asString()).isEqualTo("sms");
		assertThat(started.body().path("message").path("status").asString()).isEqualTo("queued");

		ApiClient.Response reply = api().post("/api/v1/conversations/" + conversation + "/messages",
				Map.of("text", "Are you free on Friday?"), member);
		assertThat(reply.status()).isEqualTo(201);
		JsonNode messages = api().get("/api/v1/conversations/" + conversation + "/messages", member).body().path("items");
		assertThat(messages).extracting(message -> message.path("body").asString())
			.containsExactly("Hello Grace", "Are you free on Friday?");
		assertThat(messages.get(0).path("direction").asString()).isEqualTo("outbound");

		assertThat(api().get("/api/v1/conversations?lineId=" + line, member).body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/conversations?contactId=" + contact, member).body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/conversations?contactId=" + UUID.randomUUID(), member).body().path("items")).isEmpty();

		ApiClient.Response email = api().post("/api/v1/conversations",
				Map.of("lineId", line, "contactId", contact, "channel", "email", "text", "The proposal, as promised"), member);
		assertThat(email.status()).isEqualTo(201);
		String from = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"select from_address from email_messages where id = (select email_message_id from conversation_messages where id = ?)")
			.param(UUID.fromString(email.body().path("message").path("id").asString())).query(String.class).single());
		assertThat(from).isEqualTo("\"Sales line\" <sales@acme.example>");

		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api().get("/api/v1/contacts/" + contact + "/interactions", member).body().path("items"))
			.extracting(item -> item.path("type").asString() + ":" + item.path("text").asString())
			.contains("sms:Hello Grace", "sms:Are you free on Friday?", "email:The proposal, as promised"));

		JsonNode usage = api().get("/api/v1/lines/" + line + "/usage", member).body();
		assertThat(usage.path("newConversations").asInt()).isEqualTo(2);
		assertThat(usage.path("messages").asInt()).isEqualTo(3);
	}

	@Test
	void onlyTheAssignedMemberAndAdminsSendOnALineAndOnlyWhenItIsActive() {
		String line = fixtures.line(memberId, Map.of());
		String contact = fixtures.contact("Alan");
		Map<String, Object> send = Map.of("lineId", line, "contactId", contact, "channel", "sms", "text", "Hi");
		ApiClient.Response inactive = api().post("/api/v1/conversations", send, member);
		assertThat(inactive.status()).isEqualTo(409);
		assertThat(inactive.text("detail")).contains("provisioning");

		api().post("/api/v1/lines/" + line + "/activate", null, owner);
		assertThat(api().post("/api/v1/conversations", send, otherMember).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/conversations", send, owner).status()).isEqualTo(201);
	}

	@Test
	void aSendOverTheDailyLimitAnswers429SayingWhichLimitAndWhenItResets() {
		String line = fixtures.activeLine(memberId, Map.of("dailyMessagesLimit", 3, "dailyNewConversationsLimit", 1));
		String first = fixtures.contact("Edsger");
		String second = fixtures.contact("Barbara");
		String conversation = api().post("/api/v1/conversations",
				Map.of("lineId", line, "contactId", first, "channel", "sms", "text", "One"), member)
			.body().path("conversation").path("id").asString();

		ApiClient.Response secondConversation = api().post("/api/v1/conversations",
				Map.of("lineId", line, "contactId", second, "channel", "sms", "text", "Hi"), member);
		assertThat(secondConversation.status()).isEqualTo(429);
		assertThat(secondConversation.text("limit")).isEqualTo("new_conversations");
		assertThat(secondConversation.text("detail")).contains("1 new conversations");

		assertThat(api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Two"), member).status())
			.isEqualTo(201);
		assertThat(api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Three"), member).status())
			.isEqualTo(201);
		ApiClient.Response refused = api().post("/api/v1/conversations/" + conversation + "/messages",
				Map.of("text", "Four"), member);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(refused.text("limit")).isEqualTo("messages");
		Instant resetsAt = Instant.parse(refused.text("resetsAt"));
		assertThat(resetsAt).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));
		long retryAfter = Long.parseLong(refused.headers().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(1L, Duration.ofHours(25).toSeconds());

		assertThat(api().get("/api/v1/conversations/" + conversation + "/messages", member).body().path("items")).hasSize(3);
		JsonNode usage = api().get("/api/v1/lines/" + line + "/usage", member).body();
		assertThat(usage.path("messages").asInt()).isEqualTo(3);
		assertThat(usage.path("newConversations").asInt()).isEqualTo(1);
	}

	@Test
	void oneHundredConcurrentSendsOnOneLineNeverPassTheLimit() throws Exception {
		int limit = 37;
		String line = fixtures.activeLine(memberId, Map.of("dailyMessagesLimit", limit));
		String contact = fixtures.contact("Concurrent");
		String conversation = api().post("/api/v1/conversations",
				Map.of("lineId", line, "contactId", contact, "channel", "sms", "text", "Start"), member)
			.body().path("conversation").path("id").asString();

		List<Integer> statuses = concurrently(100, () -> api()
			.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Ping"), member).status());

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(limit - 1);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(100 - (limit - 1));
		assertThat(api().get("/api/v1/lines/" + line + "/usage", member).body().path("messages").asInt()).isEqualTo(limit);
		assertThat(api().get("/api/v1/conversations/" + conversation + "/messages", member).body().path("items"))
			.hasSize(limit);
	}

	@Test
	void anotherOrganizationsLinesAndConversationsAreNotFound() {
		String line = fixtures.activeLine(memberId, Map.of());
		String contact = fixtures.contact("Private");
		String conversation = api().post("/api/v1/conversations",
				Map.of("lineId", line, "contactId", contact, "channel", "sms", "text", "Secret"), member)
			.body().path("conversation").path("id").asString();

		assertThat(api().get("/api/v1/lines/" + line, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/lines/" + line + "/usage", stranger).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/lines/" + line, Map.of("displayName", "Mine"), stranger, Map.of())
			.status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/lines/" + line, null, stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/lines/" + line + "/activate", null, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/conversations/" + conversation + "/messages", stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "x"), stranger).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/conversations?lineId=" + line, stranger).body().path("items")).isEmpty();
		String strangerLine = new LineFixtures(api(), stranger).activeLine(fixtures.me(stranger), Map.of());
		assertThat(api().post("/api/v1/conversations",
				Map.of("lineId", strangerLine, "contactId", contact, "channel", "sms", "text", "x"), stranger).status())
			.isEqualTo(404);
	}

	@Test
	void theSmsWebhookRefusesEverythingWhenNoProviderIsConfigured() {
		ApiClient.Response refused = new FormPoster(port).post("/webhooks/sms",
				Map.of("To", "+15550000000", "From", "+15551111111", "Body", "Hi", "MessageSid", "SM1"), "c2lnbmF0dXJl");
		assertThat(refused.status()).isEqualTo(403);
	}

	private List<Integer> entitlements(String token) {
		JsonNode body = api().get("/api/v1/organization/entitlements", token).body();
		return List.of(body.path("freeLinesIncluded").asInt(), body.path("freeLinesUsed").asInt(),
				body.path("paidLinesAllowed").asInt(), body.path("linesPurchased").asInt(), body.path("totalLines").asInt());
	}

	static <T> List<T> concurrently(int clients, Callable<T> call) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(clients, 50))) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(call));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}
	@Test
	void anAdminUploadsALinePictureMembersSeeItAndOthersCannot() throws Exception {
		String line = fixtures.line(memberId, Map.of("displayName", "Pictured"));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png",
				png);

		assertThat(putPicture(line, member, png.toByteArray(), "face.png").status()).isEqualTo(403);
		assertThat(putPicture(line, stranger, png.toByteArray(), "face.png").status()).isEqualTo(404);
		ApiClient.Response text = putPicture(line, owner, "not a picture".getBytes(), "face.png");
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.headers().getContentType().toString()).contains("problem+json");
		assertThat(api().get("/api/v1/lines/" + line + "/picture", member).status()).isEqualTo(404);

		ApiClient.Response changed = putPicture(line, owner, png.toByteArray(), "face.png");
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		String fileId = changed.text("pictureFileId");
		assertThat(api().get("/api/v1/lines/" + line, owner).text("pictureFileId")).isEqualTo(fileId);
		var shown = restClient().get().uri("/api/v1/lines/" + line + "/picture").header("Authorization", "Bearer " + member)
			.exchange((request, response) -> new Object[] { response.getStatusCode().value(),
					String.valueOf(response.getHeaders().getContentType()), response.getBody().readAllBytes() });
		assertThat(shown[0]).isEqualTo(200);
		assertThat(shown[1]).isEqualTo("image/png");
		assertThat((byte[]) shown[2]).isEqualTo(png.toByteArray());
		assertThat(api().get("/api/v1/lines/" + line + "/picture", stranger).status()).isEqualTo(404);
	}

	private ApiClient.Response putPicture(String line, String token, byte[] bytes, String name) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return restClient().put().uri("/api/v1/lines/" + line + "/picture").header("Authorization", "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((request, response) -> {
				byte[] body = response.getBody().readAllBytes();
				JsonMapper json = JsonMapper.builder().build();
				JsonNode node = body.length == 0 ? json.createObjectNode() : json.readTree(body);
				return new ApiClient.Response(response.getStatusCode().value(), response.getHeaders(), node);
			});
	}

	private RestClient restClient() {
		return RestClient.builder().baseUrl("http://localhost:" + port).build();
	}
}
