package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** The masterclasses API: every endpoint, its bad input, the status machine, roles, and other organizations' ids. */
class MasterclassApiIntegrationTests extends IdentityTestSupport {

	String token;

	@BeforeEach
	void owner() {
		String owner = uniqueEmail("mc-api");
		registerVerified(owner);
		token = accessToken(owner);
	}

	@Test
	void createReadChangeAndPageThrough() {
		String slug = MasterclassFixtures.slug();
		ApiClient.Response created = api().post("/api/v1/masterclasses", MasterclassFixtures.body(slug, 4900, 20), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.text("status")).isEqualTo("draft");
		assertThat(created.text("streamKind")).isEqualTo("url");
		assertThat(created.body().path("seatsLeft").asInt()).isEqualTo(20);
		assertThat(created.body().path("agenda").get(1).path("title").asString()).isEqualTo("Pricing");

		JsonNode read = api().get("/api/v1/masterclasses/" + id, token).body();
		assertThat(read.path("slug").asString()).isEqualTo(slug);
		assertThat(read.path("priceCents").asLong()).isEqualTo(4900);

		ApiClient.Response patched = api().exchange("PATCH", "/api/v1/masterclasses/" + id,
				Map.of("title", "Growth 201", "capacity", 30, "streamKind", "youtube"), token, Map.of());
		assertThat(patched.status()).as(patched.body().toString()).isEqualTo(200);
		assertThat(patched.text("title")).isEqualTo("Growth 201");
		assertThat(patched.text("streamKind")).isEqualTo("youtube");
		assertThat(patched.body().path("capacity").asInt()).isEqualTo(30);
		assertThat(patched.text("slug")).as("untouched").isEqualTo(slug);

		api().post("/api/v1/masterclasses", MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null), token);
		api().post("/api/v1/masterclasses", MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null), token);
		JsonNode first = api().get("/api/v1/masterclasses?limit=2", token).body();
		assertThat(first.path("items").size()).isEqualTo(2);
		JsonNode second = api().get("/api/v1/masterclasses?limit=2&cursor=" + first.path("nextCursor").asString(), token)
			.body();
		assertThat(second.path("items").size()).isEqualTo(1);
		assertThat(second.path("nextCursor").isMissingNode() || second.path("nextCursor").isNull()).isTrue();

		assertThat(api().post("/api/v1/masterclasses/" + id + "/publish", Map.of(), token).status()).isEqualTo(200);
		List<String> published = ids(api().get("/api/v1/masterclasses?status=published", token).body());
		assertThat(published).containsExactly(id);
		assertThat(ids(api().get("/api/v1/masterclasses?status=draft", token).body())).hasSize(2).doesNotContain(id);
	}

	@Test
	void statusMachineGoesOneWayAndStampsTheLiveTimes() {
		String id = api().post("/api/v1/masterclasses", MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null), token)
			.text("id");
		assertThat(api().post("/api/v1/masterclasses/" + id + "/start", Map.of(), token).status()).as("draft")
			.isEqualTo(409);
		assertThat(api().post("/api/v1/masterclasses/" + id + "/publish", Map.of(), token).text("status"))
			.isEqualTo("published");
		assertThat(api().post("/api/v1/masterclasses/" + id + "/publish", Map.of(), token).status()).isEqualTo(409);
		ApiClient.Response live = api().post("/api/v1/masterclasses/" + id + "/start", Map.of(), token);
		assertThat(live.text("status")).isEqualTo("live");
		assertThat(live.body().path("liveStartedAt").isNull()).isFalse();
		assertThat(api().exchange("DELETE", "/api/v1/masterclasses/" + id, null, token, Map.of()).status()).as("live").isEqualTo(409);
		ApiClient.Response ended = api().post("/api/v1/masterclasses/" + id + "/end", Map.of(), token);
		assertThat(ended.text("status")).isEqualTo("ended");
		assertThat(ended.body().path("liveEndedAt").isNull()).isFalse();
		assertThat(api().post("/api/v1/masterclasses/" + id + "/start", Map.of(), token).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/masterclasses/" + id + "/archive", Map.of(), token).text("status"))
			.isEqualTo("archived");
		assertThat(api().exchange("DELETE", "/api/v1/masterclasses/" + id, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/masterclasses/" + id, token).status()).isEqualTo(404);
	}

	@Test
	void badInputAnswers400NamingTheField() {
		Map<String, Object> body = MasterclassFixtures.body("Not A Slug!", 0, null);
		assertField(api().post("/api/v1/masterclasses", body, token), "slug");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.put("endsAt", body.get("startsAt"));
		assertField(api().post("/api/v1/masterclasses", body, token), "endsAt");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), -1, null);
		assertField(api().post("/api/v1/masterclasses", body, token), "priceCents");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, 0);
		assertField(api().post("/api/v1/masterclasses", body, token), "capacity");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.put("currency", "XYZ");
		assertField(api().post("/api/v1/masterclasses", body, token), "currency");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.put("timeZone", "Mars/Olympus");
		assertField(api().post("/api/v1/masterclasses", body, token), "timeZone");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.put("agenda", List.of(Map.of("minute", "soon", "title", "x")));
		assertField(api().post("/api/v1/masterclasses", body, token), "agenda");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.put("streamKind", "flash");
		assertField(api().post("/api/v1/masterclasses", body, token), "streamKind");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.put("colour", "red");
		assertField(api().post("/api/v1/masterclasses", body, token), "colour");
		body = MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null);
		body.remove("title");
		assertField(api().post("/api/v1/masterclasses", body, token), "title");
		assertField(api().get("/api/v1/masterclasses?status=hot", token), "status");
		assertThat(api().get("/api/v1/masterclasses?cursor=nonsense", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/masterclasses?limit=0", token).status()).isEqualTo(400);

		String slug = MasterclassFixtures.slug();
		String id = api().post("/api/v1/masterclasses", MasterclassFixtures.body(slug, 0, null), token).text("id");
		assertThat(api().post("/api/v1/masterclasses", MasterclassFixtures.body(slug, 0, null), token).status())
			.as("slug taken").isEqualTo(409);
		assertField(api().exchange("PATCH", "/api/v1/masterclasses/" + id, Map.of("startsAt", "tomorrow"), token, Map.of()), "startsAt");
		assertField(api().get("/api/v1/masterclasses/" + id + "/registrations?funnelStatus=hot", token), "funnelStatus");
		assertThat(api().get("/api/v1/masterclasses/not-an-id", token).status()).isEqualTo(400);
	}

	@Test
	void anotherOrganizationsIdsAre404AndMembersOnlyRead() {
		String id = api().post("/api/v1/masterclasses", MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null), token)
			.text("id");
		String stranger = uniqueEmail("mc-stranger");
		registerVerified(stranger);
		String other = accessToken(stranger);
		assertThat(api().get("/api/v1/masterclasses/" + id, other).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/masterclasses/" + id, Map.of("title", "Mine"), other, Map.of()).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/masterclasses/" + id + "/publish", Map.of(), other).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/masterclasses/" + id, null, other, Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/masterclasses/" + id + "/registrations", other).status()).isEqualTo(404);
		assertThat(ids(api().get("/api/v1/masterclasses", other).body())).doesNotContain(id);

		String member = invitedMember(token, "member");
		assertThat(api().get("/api/v1/masterclasses/" + id, member).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/masterclasses", MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null), member)
			.status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/masterclasses/" + id, Map.of("title", "Mine"), member, Map.of()).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/masterclasses/" + id + "/publish", Map.of(), member).status()).isEqualTo(403);
	}

	@Test
	void coverUploadedServedPubliclyOnceSharedAndRefusedWhenNotAFittingImage() {
		String slug = MasterclassFixtures.slug();
		String id = api().post("/api/v1/masterclasses", MasterclassFixtures.body(slug, 0, null), token).text("id");
		byte[] png = CoverUpload.image("png", 40, 20);

		CoverUpload.Answer uploaded = CoverUpload.put(port, token, id, "banner.png", png);
		assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(200);
		String fileId = uploaded.body().path("coverFileId").asString();
		String coverUrl = uploaded.body().path("coverUrl").asString();
		assertThat(coverUrl).isEqualTo("/mc/" + slug + "/cover/" + fileId);
		assertThat(CoverUpload.get(port, coverUrl).status()).as("a draft's cover is not public yet").isEqualTo(404);

		api().post("/api/v1/masterclasses/" + id + "/publish", Map.of(), token);
		CoverUpload.Image image = CoverUpload.get(port, coverUrl);
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.bytes()).isEqualTo(png);
		assertThat(image.headers().getContentType()).hasToString("image/png");
		assertThat(image.headers().getCacheControl()).contains("public").contains("immutable");
		assertThat(image.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(image.headers().getContentDisposition().getFilename()).as("the file's name stays private").isNull();
		CoverUpload.Image landing = CoverUpload.get(port, "/mc/" + slug);
		assertThat(new String(landing.bytes(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("src=\"" + coverUrl + "\"");
		assertThat(CoverUpload.get(port, "/mc/" + slug + "/cover/" + java.util.UUID.randomUUID()).status())
			.as("no other file behind the class's address").isEqualTo(404);

		CoverUpload.Answer text = CoverUpload.put(port, token, id, "notes.png", "just text".getBytes());
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.contentType()).startsWith("application/problem+json");
		CoverUpload.Answer large = CoverUpload.put(port, token, id, "huge.png", CoverUpload.oversizedPng(5 * 1024 * 1024 + 1));
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.contentType()).startsWith("application/problem+json");
		assertField(api().exchange("PATCH", "/api/v1/masterclasses/" + id,
				Map.of("coverFileId", java.util.UUID.randomUUID().toString()), token, Map.of()), "coverFileId");
		assertThat(api().get("/api/v1/masterclasses/" + id, token).text("coverFileId")).as("refusals change nothing")
			.isEqualTo(fileId);

		CoverUpload.Answer jpeg = CoverUpload.put(port, token, id, "banner.jpg", CoverUpload.image("jpeg", 40, 20));
		assertThat(jpeg.status()).isEqualTo(200);
		assertThat(jpeg.body().path("coverUrl").asString()).isNotEqualTo(coverUrl);
		assertThat(CoverUpload.get(port, coverUrl).status()).as("the replaced cover is gone").isEqualTo(404);
		assertThat(CoverUpload.get(port, jpeg.body().path("coverUrl").asString()).headers().getContentType())
			.hasToString("image/jpeg");

		String stranger = uniqueEmail("mc-cover-stranger");
		registerVerified(stranger);
		assertThat(CoverUpload.put(port, accessToken(stranger), id, "x.png", png).status()).isEqualTo(404);
		assertThat(CoverUpload.put(port, invitedMember(token, "member"), id, "x.png", png).status()).isEqualTo(403);

		ApiClient.Response removed = api().exchange("DELETE", "/api/v1/masterclasses/" + id + "/cover", null, token, Map.of());
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.body().path("coverUrl").asString("")).isEmpty();
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

	private static void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}
}
