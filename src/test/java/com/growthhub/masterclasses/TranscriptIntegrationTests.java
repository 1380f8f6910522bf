package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Transcripts through the API: upload good and bad files, replace, page the segments, search across classes, the
 * replay's public transcript by join token, and tenancy (another organization's ids are 404 like unknown ones).
 */
class TranscriptIntegrationTests extends IdentityTestSupport {

	static final String VTT = """
			WEBVTT

			NOTE the pricing class

			1
			00:00:01.000 --> 00:00:04.000
			<v Ada>Welcome to the masterclass about pricing strategy.

			2
			00:00:04.000 --> 00:00:09.500
			<v Ada>Anchoring makes the premium price look reasonable.

			3
			00:32:10.000 --> 00:32:20.000
			<v Grace>What about discounts for teams?
			""";

	OrganizationId organization;
	String token;
	InsightFixtures fixtures;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("transcripts");
		registerVerified(owner);
		token = accessToken(owner);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).body().path("organizationId").asString()));
		fixtures = new InsightFixtures(jdbc, transactions, organization);
	}

	@Test
	void uploadsPagesReplacesAndSearchesTranscripts() {
		UUID pricing = fixtures.masterclass("Pricing masterclass", Instant.parse("2026-11-01T18:00:00Z"), 0, null);
		UUID hiring = fixtures.masterclass("Hiring masterclass", Instant.parse("2026-11-02T18:00:00Z"), 0, null);

		TranscriptUpload.Answer created = TranscriptUpload.post(port, token, pricing, "pricing.vtt", VTT);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("source").asString()).isEqualTo("vtt");
		assertThat(created.body().path("segmentCount").asInt()).isEqualTo(3);
		assertThat(created.body().path("language").asString()).isEqualTo("en");
		assertThat(TranscriptUpload.post(port, token, hiring, "hiring.srt", """
				1
				00:00:01,000 --> 00:00:05,000
				RECRUITER: Pricing your offer to candidates is like pricing a product.
				""").status()).isEqualTo(201);

		JsonNode first = api().get("/api/v1/masterclasses/" + pricing + "/transcripts?limit=2", token).body();
		assertThat(first.path("transcript").path("fileName").asString()).isEqualTo("pricing.vtt");
		assertThat(texts(first, "text")).containsExactly("Welcome to the masterclass about pricing strategy.",
				"Anchoring makes the premium price look reasonable.");
		assertThat(first.path("items").get(0).path("speaker").asString()).isEqualTo("Ada");
		JsonNode second = api().get("/api/v1/masterclasses/" + pricing + "/transcripts?limit=2&cursor="
				+ first.path("nextCursor").asString(), token).body();
		assertThat(texts(second, "text")).containsExactly("What about discounts for teams?");
		assertThat(second.path("nextCursor").isMissingNode() || second.path("nextCursor").isNull()).isTrue();

		JsonNode hits = api().get("/api/v1/transcripts/search?q=pricing", token).body();
		assertThat(hits.path("items")).hasSize(3);
		assertThat(texts(hits, "masterclassTitle")).contains("Pricing masterclass", "Hiring masterclass");
		JsonNode discount = api().get("/api/v1/transcripts/search?q=discounts", token).body().path("items");
		assertThat(discount).hasSize(1);
		assertThat(discount.get(0).path("startSecond").asInt()).isEqualTo(1930);
		assertThat(discount.get(0).path("speaker").asString()).isEqualTo("Grace");
		assertThat(discount.get(0).path("snippet").asString()).contains("[[discounts]]");
		assertThat(discount.get(0).path("replayUrl").asString())
			.isEqualTo("/masterclasses/" + pricing + "/replay?at=1930");
		JsonNode paged = api().get("/api/v1/transcripts/search?q=pricing&limit=2", token).body();
		JsonNode rest = api().get("/api/v1/transcripts/search?q=pricing&limit=2&cursor="
				+ paged.path("nextCursor").asString(), token).body();
		List<String> all = new ArrayList<>(texts(paged, "segmentId"));
		all.addAll(texts(rest, "segmentId"));
		assertThat(all).hasSize(3).doesNotHaveDuplicates();
		assertThat(api().get("/api/v1/transcripts/search?q=", token).status()).isEqualTo(400);

		assertThat(TranscriptUpload.post(port, token, pricing, "short.srt", """
				1
				00:00:01,000 --> 00:00:02,000
				Only this now.
				""").status()).isEqualTo(201);
		assertThat(texts(api().get("/api/v1/masterclasses/" + pricing + "/transcripts", token).body(), "text"))
			.containsExactly("Only this now.");
		assertThat(api().get("/api/v1/transcripts/search?q=anchoring", token).body().path("items")).isEmpty();
	}

	@Test
	void aBadFileIs422WithItsErrorsByLineAndKeepsTheCurrentTranscript() {
		UUID masterclass = fixtures.masterclass("Overlaps", Instant.parse("2026-11-03T18:00:00Z"), 0, null);
		TranscriptUpload.post(port, token, masterclass, "good.vtt", VTT);

		TranscriptUpload.Answer refused = TranscriptUpload.post(port, token, masterclass, "bad.vtt", """
				WEBVTT

				00:00:01.000 --> 00:00:05.000
				first

				00:00:04.000 --> 00:00:06.000
				overlaps the first

				00:00:07.000 --> 00:00:0x.000
				bad time
				""");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("title").asString()).isEqualTo("Invalid subtitle file");
		assertThat(refused.body().path("errors")).hasSize(2);
		assertThat(refused.body().path("errors").get(0).path("line").asInt()).isEqualTo(6);
		assertThat(refused.body().path("errors").get(0).path("message").asString()).contains("overlap");
		assertThat(refused.body().path("errors").get(1).path("line").asInt()).isEqualTo(9);
		assertThat(api().get("/api/v1/masterclasses/" + masterclass + "/transcripts", token).body()
			.path("transcript").path("fileName").asString()).isEqualTo("good.vtt");
		assertThat(api().post("/api/v1/masterclasses/" + masterclass + "/transcripts/speech-to-text",
				java.util.Map.of("fileId", UUID.randomUUID().toString()), token).status())
			.as("no speech-to-text provider configured").isEqualTo(422);
	}

	@Test
	void theReplayReadsItsOwnClassTranscriptByJoinTokenOnly() {
		UUID withTranscript = fixtures.masterclass("Has one", Instant.parse("2026-11-04T18:00:00Z"), 0, null);
		UUID without = fixtures.masterclass("Has none", Instant.parse("2026-11-05T18:00:00Z"), 0, null);
		TranscriptUpload.post(port, token, withTranscript, "t.vtt", VTT);
		String viewer = fixtures.registration(withTranscript, UUID.randomUUID(), null, "attended");
		String otherClassViewer = fixtures.registration(without, UUID.randomUUID(), null, "attended");

		ApiAnswer lines = publicGet("/api/v1/public/live/" + viewer + "/transcript");
		assertThat(lines.status()).isEqualTo(200);
		assertThat(lines.body().path("items")).hasSize(3);
		assertThat(lines.body().path("items").get(2).path("startMs").asLong()).isEqualTo(1_930_000);
		assertThat(lines.body().path("items").get(2).path("speaker").asString()).isEqualTo("Grace");
		assertThat(publicGet("/api/v1/public/live/" + otherClassViewer + "/transcript").status())
			.as("another masterclass's token does not open this transcript").isEqualTo(404);
		assertThat(publicGet("/api/v1/public/live/not-a-token/transcript").status()).isEqualTo(404);
	}

	@Test
	void anotherOrganizationsMasterclassIs404AndItsTranscriptsAreNotFound() {
		UUID mine = fixtures.masterclass("Mine", Instant.parse("2026-11-06T18:00:00Z"), 0, null);
		TranscriptUpload.post(port, token, mine, "mine.vtt", VTT);
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);

		assertThat(api().get("/api/v1/masterclasses/" + mine + "/transcripts", strangerToken).status()).isEqualTo(404);
		assertThat(TranscriptUpload.post(port, strangerToken, mine, "x.vtt", VTT).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/transcripts/search?q=anchoring", strangerToken).body().path("items")).isEmpty();
		assertThat(api().get("/api/v1/masterclasses/" + mine + "/insights", strangerToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/masterclasses/" + UUID.randomUUID() + "/transcripts", token).status()).isEqualTo(404);
		String member = invitedMember(token, "member");
		assertThat(TranscriptUpload.post(port, member, mine, "x.vtt", VTT).status()).as("members read, managers upload")
			.isEqualTo(403);
		assertThat(api().get("/api/v1/masterclasses/" + mine + "/transcripts", member).status()).isEqualTo(200);
	}

	record ApiAnswer(int status, JsonNode body) {
	}

	private ApiAnswer publicGet(String path) {
		var response = api().get(path, null);
		return new ApiAnswer(response.status(), response.body());
	}

	private static List<String> texts(JsonNode page, String field) {
		List<String> values = new ArrayList<>();
		page.path("items").forEach(item -> values.add(item.path(field).asString()));
		return values;
	}
}
