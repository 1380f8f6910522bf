package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.growthhub.contacts.ContactId;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.scheduling.AppointmentFixtures;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The whole journey of one lead through the API: a paid class is created and published, a visitor registers and is
 * invoiced, the invoice is paid, the join link mailed; the class goes live, the registrant joins (heartbeat) and
 * asks in the chat, attends, books a sales call on the class's booking page, the deal is won; the class's insights
 * show the funnel registered → paid → attended → scheduled → won with the seat's revenue, and the sales metrics the
 * rep's booked call and won revenue.
 */
class MasterclassJourneyIntegrationTests extends IdentityTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PipelineFunnel pipeline;

	@Test
	void fromLandingPageToWonDealTheInsightsShowTheFunnel() {
		String owner = uniqueEmail("journey");
		registerVerified(owner);
		String token = accessToken(owner);
		JsonNode me = api().get("/api/v1/me", token).body();
		OrganizationId organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		UUID rep = UUID.fromString(me.path("id").asString());
		AppointmentFixtures scheduling = new AppointmentFixtures(jdbc, transactions, events);
		UUID bookingPage = scheduling.page(organization, rep, "Europe/Berlin");

		String slug = MasterclassFixtures.slug();
		Map<String, Object> body = new java.util.HashMap<>(MasterclassFixtures.body(slug, 4900, 10));
		body.put("bookingPageId", bookingPage.toString());
		body.put("attendanceThresholdMinutes", 0);
		ApiClient.Response created = api().post("/api/v1/masterclasses", body, token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String classId = created.text("id");
		assertThat(api().post("/api/v1/masterclasses/" + classId + "/publish", Map.of(), token).status()).isEqualTo(200);

		String email = uniqueEmail("lead");
		ApiClient.Response registered = api().post("/api/v1/public/masterclasses/" + slug + "/registrations",
				Map.of("name", "Grace Hopper", "email", email, "phone", "+14155550177"), null);
		assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
		assertThat(registered.text("funnelStatus")).isEqualTo("invoiced");
		JsonNode registration = api().get("/api/v1/masterclasses/" + classId + "/registrations", token).body()
			.path("items").get(0);
		UUID contact = UUID.fromString(registration.path("contactId").asString());
		ApiClient.Response paid = api().post("/api/v1/invoices/" + registration.path("invoiceId").asString() + "/payments",
				Map.of("method", "bank_transfer", "amountCents", 4900, "currency", "EUR"), token);
		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
		awaitFunnel(classId, "paid", token);
		String link = mailbox().latestLink(email, "masterclass-seat", "/mc/" + slug + "/live?join=");
		String joinToken = link.substring(link.indexOf("join=") + 5);

		assertThat(api().post("/api/v1/masterclasses/" + classId + "/start", Map.of(), token).status()).isEqualTo(200);
		ApiClient.Response heartbeat = api().post("/api/v1/public/live/" + joinToken + "/heartbeat", Map.of(), null);
		assertThat(heartbeat.status()).as(heartbeat.body().toString()).isEqualTo(200);
		assertThat(api().post("/api/v1/public/live/" + joinToken + "/chat", Map.of("body", "What does the price include?"),
				null).status()).isIn(200, 201);
		awaitFunnel(classId, "attended", token);

		Instant call = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		scheduling.book(organization, bookingPage, rep, contact, call, ZoneId.of("Europe/Berlin"));
		awaitFunnel(classId, "scheduled", token);
		assertThat(api().post("/api/v1/masterclasses/" + classId + "/end", Map.of(), token).status()).isEqualTo(200);
		// The rep wins the lead's masterclass deal: pipeline publishes DealWon, the funnel and the sales metrics follow.
		assertThat(pipeline.moveOpenDeal(organization, new Actor.User(rep), ContactId.of(contact), PipelineFunnel.MASTERCLASS,
				"Won")).isPresent();
		awaitFunnel(classId, "won", token);

		JsonNode insights = api().get("/api/v1/masterclasses/" + classId + "/insights", token).body();
		JsonNode figures = insights.path("figures");
		assertThat(steps(figures)).containsExactly("registered 1", "paid 1", "attended 1", "scheduled 1", "won 1");
		assertThat(figures.path("joinedLive").asInt()).isEqualTo(1);
		assertThat(figures.path("questions").asInt() + figures.path("chatMessages").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(figures.path("seatRevenue").get(0).path("cents").asLong()).isEqualTo(4900);
		assertThat(types(insights)).contains("conversion", "revenue");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode sales = api().get("/api/v1/masterclasses/" + classId + "/sales-metrics", token).body();
			assertThat(sales.path("booked").asInt()).isEqualTo(1);
			assertThat(sales.path("won").asInt()).isEqualTo(1);
			assertThat(sales.path("items").get(0).path("repId").asString()).isEqualTo(rep.toString());
		});
	}

	private void awaitFunnel(String classId, String status, String token) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api()
			.get("/api/v1/masterclasses/" + classId + "/registrations?funnelStatus=" + status, token).body()
			.path("items").size()).as("a registration at " + status).isEqualTo(1));
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
