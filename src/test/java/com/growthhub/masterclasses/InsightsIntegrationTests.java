package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.DealId;
import com.growthhub.pipeline.DealWon;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.scheduling.AppointmentFixtures;
import com.growthhub.shared.UserId;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Insights of a recorded session through the API and the page: six seats, four live viewers of whom two left at
 * 32:10 while the price was said, chat with questions, an offer; the funnel; without an AI model only rules answer.
 */
class InsightsIntegrationTests extends IdentityTestSupport {

	static final Instant LIVE = Instant.parse("2026-11-10T18:00:00Z");

	@Autowired
	ApplicationEventPublisher events;

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
	void salesMetricsCountTheCallsBookedFromTheClassPerRepAndCreditWonDeals() {
		UUID rep = UUID.fromString(api().get("/api/v1/me", token).body().path("id").asString());
		AppointmentFixtures scheduling = new AppointmentFixtures(jdbc, transactions, events);
		UUID page = scheduling.page(organization, rep, "Europe/Lisbon");
		UUID otherPage = scheduling.page(organization, rep, "Europe/Lisbon");
		UUID masterclass = fixtures.masterclass("Booked", LIVE, 0, page);
		UUID buyer = contact("Bea");
		UUID browser = contact("Ben");
		fixtures.registration(masterclass, UUID.randomUUID(), buyer, "attended");
		fixtures.registration(masterclass, UUID.randomUUID(), browser, "attended");
		Instant call = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		scheduling.book(organization, page, rep, buyer, call, java.time.ZoneId.of("Europe/Lisbon"));
		scheduling.book(organization, page, rep, browser, call.plusSeconds(3600), java.time.ZoneId.of("Europe/Lisbon"));
		scheduling.book(organization, otherPage, rep, browser, call.plusSeconds(7200), java.time.ZoneId.of("Europe/Lisbon"));
		scheduling.book(organization, page, rep, contact("Outsider"), call.plusSeconds(10_800),
				java.time.ZoneId.of("Europe/Lisbon"));
		DealWon won = new DealWon(organization, DealId.of(UUID.randomUUID()), PipelineId.of(UUID.randomUUID()),
				ContactId.of(buyer), "Coaching", 250_000, "EUR", UserId.of(rep), UserId.of(rep), Instant.now());
		transactions.run(TenantScope.organization(organization, new Actor.Job("test")), () -> {
			events.publishEvent(won);
			events.publishEvent(won);
		});

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode sales = api().get("/api/v1/masterclasses/" + masterclass + "/sales-metrics", token).body();
			assertThat(sales.path("won").asInt()).isEqualTo(1);
			assertThat(sales.path("items")).hasSize(1);
			JsonNode mine = sales.path("items").get(0);
			assertThat(mine.path("repId").asString()).isEqualTo(rep.toString());
			assertThat(mine.path("booked").asInt()).as("the class's page, its registrants only").isEqualTo(2);
			assertThat(mine.path("held").asInt()).isZero();
			assertThat(mine.path("revenue").get(0).path("cents").asLong()).isEqualTo(250_000);
			assertThat(mine.path("revenue").get(0).path("currency").asString()).isEqualTo("EUR");
		});
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

	/** A contact with the fields an organization requires by default. */
	private UUID contact(String firstName) {
		return UUID.fromString(api().post("/api/v1/contacts", java.util.Map.of("firstName", firstName, "lastName", "Lead",
				"email", uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT)), "phone", "+14155550142"), token)
			.body().path("id").asString());
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
