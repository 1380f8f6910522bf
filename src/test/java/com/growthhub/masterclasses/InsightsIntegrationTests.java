package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Insights of a recorded session through the API and the page: six seats, four live viewers of whom two left at
 * 32:10 while the price was said, chat with questions, an offer; the funnel; without an AI model only rules answer.
 */
class InsightsIntegrationTests extends IdentityTestSupport {

	static final Instant LIVE = Instant.parse("2026-11-10T18:00:00Z");

	OrganizationId organization;
	String owner;
	String token;
	InsightFixtures fixtures;

	@BeforeEach
	void organization() {
		owner = uniqueEmail("insights");
		registerVerified(owner);
		token = accessToken(owner);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).body().path("organizationId").asString()));
		fixtures = new InsightFixtures(jdbc, transactions, organization);
	}

	@Test
	void aRecordedSessionAnswersItsFiguresAndRuleBasedInsights() throws Exception {
		UUID masterclass = recordedSession();

		JsonNode insights = api().get("/api/v1/masterclasses/" + masterclass + "/insights", token).body();

		JsonNode figures = insights.path("figures");
		assertThat(figures.path("registered").asInt()).isEqualTo(6);
		assertThat(figures.path("joinedLive").asInt()).isEqualTo(4);
		assertThat(figures.path("showUpPercent").asInt()).isEqualTo(67);
		assertThat(figures.path("peakViewers").asInt()).isEqualTo(4);
		assertThat(figures.path("questions").asInt()).isEqualTo(2);
		assertThat(figures.path("dropOffs").get(0).path("atSecond").asInt()).isEqualTo(1930);
		assertThat(figures.path("dropOffs").get(0).path("line").asString()).isEqualTo("Now the price: 500 euros.");
		assertThat(figures.path("offers").get(0).path("clickers").asInt()).isEqualTo(1);
		assertThat(steps(figures)).containsExactly("registered 6", "attended 4", "scheduled 1", "won 0");
		JsonNode first = insights.path("items").get(0);
		assertThat(first.path("type").asString()).isEqualTo("drop_off");
		assertThat(first.path("priority").asInt()).isEqualTo(1);
		assertThat(first.path("source").asString()).isEqualTo("rule");
		assertThat(first.path("text").asString())
			.startsWith("50% left at 32:10 during the Pricing section (2 of 4 viewers)")
			.contains("Now the price: 500 euros.");
		assertThat(types(insights)).contains("show_up", "questions", "offers", "topics");

		JsonNode ai = api().post("/api/v1/masterclasses/" + masterclass + "/insights/ai", null, token).body();
		assertThat(ai.path("written").asBoolean()).as("no AI model here: rules only").isFalse();
		assertThat(types(ai.path("insights"))).doesNotContain("summary");

		JsonNode sales = api().get("/api/v1/masterclasses/" + masterclass + "/sales-metrics", token).body();
		assertThat(sales.path("items")).isEmpty();
		assertThat(sales.path("booked").asInt()).isZero();

		BrowserSession browser = signedIn(owner);
		String page = browser.get("/masterclasses/" + masterclass + "/insights").body();
		assertThat(page).contains("data-testid=\"funnel\"", "data-chart=", "32:10", "Now the price: 500 euros.",
				"data-testid=\"drop-off\"");
		String transcriptPage = browser.get("/masterclasses/" + masterclass + "/transcripts").body();
		assertThat(transcriptPage).contains("data-testid=\"transcript-segment\"", "GROWTHHUB_AI_TRANSCRIBE_URL");
		String search = browser.get("/transcripts/search?q=price").body();
		assertThat(search).contains("data-testid=\"transcript-hit\"", "<mark>price</mark>",
				"/masterclasses/" + masterclass + "/replay?at=1920");
	}

	@Test
	void anotherOrganizationsClassAnswers404() {
		UUID masterclass = fixtures.masterclass("Mine", LIVE, 0, null);
		String stranger = uniqueEmail("insights-stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);

		assertThat(api().get("/api/v1/masterclasses/" + masterclass + "/insights", strangerToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/masterclasses/" + masterclass + "/sales-metrics", strangerToken).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/masterclasses/" + masterclass + "/insights/ai", null, strangerToken).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/masterclasses/" + masterclass + "/insights", token).status()).isEqualTo(200);
	}

	private UUID recordedSession() {
		UUID masterclass = fixtures.recordedSession(LIVE);
		TranscriptUpload.post(port, token, masterclass, "class.srt", """
				1
				00:00:01,000 --> 00:00:05,000
				Welcome!

				2
				00:32:00,000 --> 00:32:30,000
				Now the price: 500 euros.
				""");
		return masterclass;
	}

	private static List<String> steps(JsonNode figures) {
		List<String> steps = new ArrayList<>();
		figures.path("funnel").forEach(s -> steps.add(s.path("step").asString() + " " + s.path("count").asInt()));
		return steps;
	}

	private static List<String> types(JsonNode insights) {
		List<String> types = new ArrayList<>();
		insights.path("items").forEach(i -> types.add(i.path("type").asString()));
		return types;
	}
}
