package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.masterclasses.internal.JoinTokens;
import com.growthhub.masterclasses.internal.RegistrationRequest;
import com.growthhub.masterclasses.internal.Registrations;
import com.growthhub.masterclasses.internal.SeatReminders;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.web.ProblemException;

import tools.jackson.databind.JsonNode;

/**
 * Registering through the public API: free (confirmation with a join link, lead at Registered), paid (invoice, lead
 * Invoiced; its payment → Paid and the join link mailed once), the same email again, closed and sold-out classes, and
 * capacity under concurrent registrations.
 */
class MasterclassRegistrationIntegrationTests extends IdentityTestSupport {

	@Autowired
	Registrations registrations;

	@Autowired
	SeatReminders reminders;

	String token;

	@BeforeEach
	void owner() {
		String owner = uniqueEmail("mc-reg");
		registerVerified(owner);
		token = accessToken(owner);
	}

	@Test
	void aFreeRegistrationMailsTheJoinLinkAndOpensTheLead() {
		String slug = published(0, null);
		String email = uniqueEmail("visitor");
		ApiClient.Response registered = register(slug, Map.of("name", "Ada Lovelace", "email", email, "phone",
				"+14155550100", "answers", Map.of("goal", "More calls"), "utm", Map.of("source", "newsletter",
						"campaign", "spring", "evil", "x")));
		assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
		assertThat(registered.text("funnelStatus")).isEqualTo("registered");
		assertThat(registered.body().path("payUrl").isMissingNode() || registered.body().path("payUrl").isNull()).isTrue();

		String link = mailbox().latestLink(email, "masterclass-seat", "/mc/" + slug + "/live?join=");
		String joinToken = link.substring(link.indexOf("join=") + 5);
		String registrationId = registered.text("registrationId");
		assertThat(hashOf(registrationId)).as("only the hash is stored").isEqualTo(JoinTokens.hash(joinToken))
			.isNotEqualTo(joinToken);

		JsonNode row = api().get("/api/v1/masterclasses/" + classId(slug) + "/registrations", token).body().path("items")
			.get(0);
		assertThat(row.path("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(row.path("hasSeat").asBoolean()).isTrue();
		assertThat(row.path("answers").path("goal").asString()).isEqualTo("More calls");
		assertThat(row.path("utm").path("source").asString()).isEqualTo("newsletter");
		assertThat(row.path("utm").has("evil")).isFalse();
		assertThat(dealStage(row.path("contactId").asString())).isEqualTo("Registered");
		assertThat(api().get("/api/v1/contacts/" + row.path("contactId").asString(), token).text("source"))
			.as("a contact created by registering comes from the masterclass").isEqualToIgnoringCase("masterclass");
		assertThat(api().get("/api/v1/masterclasses/" + classId(slug), token).body().path("seatsTaken").asInt())
			.isEqualTo(1);

		ApiClient.Response again = register(slug, Map.of("name", "Ada", "email", email.toUpperCase()));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text("registrationId")).isEqualTo(registrationId);
		assertThat(again.body().path("created").asBoolean()).isFalse();
		assertThat(api().get("/api/v1/masterclasses/" + classId(slug), token).body().path("seatsTaken").asInt())
			.as("no second seat").isEqualTo(1);
	}

	@Test
	void aPaidRegistrationIsInvoicedAndItsPaymentMailsTheJoinLinkOnce() {
		String slug = published(4900, 10);
		String email = uniqueEmail("buyer");
		ApiClient.Response registered = register(slug, Map.of("name", "Grace Hopper", "email", email));
		assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
		assertThat(registered.text("funnelStatus")).isEqualTo("invoiced");
		assertThat(registered.text("payUrl")).contains("/i/");
		assertThat(mailbox().count(email, "masterclass-seat")).as("no link before payment").isZero();
		String classId = classId(slug);
		JsonNode row = api().get("/api/v1/masterclasses/" + classId + "/registrations?funnelStatus=invoiced", token)
			.body().path("items").get(0);
		String invoiceId = row.path("invoiceId").asString();
		assertThat(dealStage(row.path("contactId").asString())).isEqualTo("Invoiced");
		JsonNode invoice = api().get("/api/v1/invoices/" + invoiceId, token).body();
		assertThat(invoice.path("totalCents").asLong()).isEqualTo(4900);
		assertThat(invoice.path("status").asString()).isEqualTo("open");

		ApiClient.Response paid = api().post("/api/v1/invoices/" + invoiceId + "/payments",
				Map.of("method", "bank_transfer", "amountCents", 4900, "currency", "EUR"), token);
		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api()
			.get("/api/v1/masterclasses/" + classId + "/registrations?funnelStatus=paid", token).body().path("items")
			.size()).isEqualTo(1));
		String link = mailbox().latestLink(email, "masterclass-seat", "/mc/" + slug + "/live?join=");
		assertThat(hashOf(row.path("id").asString())).isEqualTo(JoinTokens.hash(link.substring(link.indexOf("join=") + 5)));
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(dealStage(row.path("contactId").asString())).isEqualTo("Paid"));
		assertThat(mailbox().count(email, "masterclass-seat")).isEqualTo(1);

		ApiClient.Response again = register(slug, Map.of("name", "Grace", "email", email));
		assertThat(again.text("funnelStatus")).isEqualTo("paid");
		assertThat(again.body().path("payUrl").isMissingNode() || again.body().path("payUrl").isNull()).isTrue();
	}

	@Test
	void remindersGoOutOnceEachBeforeAndAtTheStart() {
		String slug = published(0, null);
		String email = uniqueEmail("reminded");
		assertThat(register(slug, Map.of("name", "Rita Reminded", "email", email)).status()).isEqualTo(201);
		java.time.Instant start = java.time.Instant
			.parse(api().get("/api/v1/masterclasses/" + classId(slug), token).text("startsAt"));
		mailbox().latestLink(email, "masterclass-seat", "/live?join=");
		int confirmations = mailbox().count(email, "masterclass-seat");

		reminders.sendDue(start.minus(Duration.ofMinutes(30)));
		reminders.sendDue(start.minus(Duration.ofMinutes(20)));
		assertThat(mailbox().count(email, "masterclass-seat")).as("the 1-hour reminder, once; the 24-hour one skipped")
			.isEqualTo(confirmations + 1);
		assertThat(mailbox().latestBody(email, "masterclass-seat").orElseThrow()).contains("Reminder");
		String link = mailbox().latestLink(email, "masterclass-seat", "/mc/" + slug + "/live?join=");
		String reminded = link.substring(link.indexOf("join=") + 5);
		assertThat(api().get("/api/v1/public/live/" + reminded + "/room", null).status())
			.as("the reminder's own join link opens the room").isEqualTo(200);
		reminders.sendDue(start.plus(Duration.ofMinutes(1)));
		reminders.sendDue(start.plus(Duration.ofMinutes(2)));
		assertThat(mailbox().count(email, "masterclass-seat")).as("and the one at the start").isEqualTo(confirmations + 2);
	}

	@Test
	void refusesUnknownClosedAndBadRegistrations() {
		assertThat(register("no-such-class", Map.of("name", "A", "email", "a@example.com")).status()).isEqualTo(404);
		ApiClient.Response draft = api().post("/api/v1/masterclasses",
				MasterclassFixtures.body(MasterclassFixtures.slug(), 0, null), token);
		assertThat(register(draft.text("slug"), Map.of("name", "A", "email", "a@example.com")).status())
			.as("a draft has no public page").isEqualTo(404);
		String slug = published(0, null);
		assertField(register(slug, Map.of("name", "A", "email", "not-an-email")), "email");
		assertField(register(slug, Map.of("email", "a@example.com")), "name");
		assertField(register(slug, Map.of("name", "A", "email", "a@example.com", "answers", "yes")), "answers");
		String id = classId(slug);
		api().post("/api/v1/masterclasses/" + id + "/start", Map.of(), token);
		api().post("/api/v1/masterclasses/" + id + "/end", Map.of(), token);
		assertThat(register(slug, Map.of("name", "Late", "email", uniqueEmail("late"))).status()).as("ended")
			.isEqualTo(409);
	}

	@Test
	void capacityHoldsUnderConcurrentRegistrations() throws Exception {
		String slug = published(0, 5);
		int visitors = 16;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < visitors; i++) {
				String email = "racer-" + i + "-" + UUID.randomUUID() + "@example.com";
				Callable<Integer> attempt = () -> {
					try {
						registrations.register(slug, RegistrationRequest.read(Map.of("name", "Racer", "email", email)));
						return 201;
					}
					catch (ProblemException ex) {
						return ex.getStatusCode().value();
					}
				};
				outcomes.add(pool.submit(attempt));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
			assertThat(statuses).filteredOn(status -> status == 409).hasSize(visitors - 5);
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode masterclass = api().get("/api/v1/masterclasses/" + classId(slug), token).body();
		assertThat(masterclass.path("seatsTaken").asInt()).isEqualTo(5);
		assertThat(masterclass.path("seatsLeft").asInt()).isZero();
		ApiClient.Response soldOut = register(slug, Map.of("name", "One more", "email", uniqueEmail("late")));
		assertThat(soldOut.status()).isEqualTo(409);
		assertThat(soldOut.text("title")).isEqualTo("Sold out");
	}

	private String published(long priceCents, Integer capacity) {
		String slug = MasterclassFixtures.slug();
		ApiClient.Response created = api().post("/api/v1/masterclasses",
				MasterclassFixtures.body(slug, priceCents, capacity), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(api().post("/api/v1/masterclasses/" + created.text("id") + "/publish", Map.of(), token).status())
			.isEqualTo(200);
		return slug;
	}

	private String classId(String slug) {
		for (JsonNode item : api().get("/api/v1/masterclasses?limit=200", token).body().path("items")) {
			if (item.path("slug").asString().equals(slug)) {
				return item.path("id").asString();
			}
		}
		throw new AssertionError("no masterclass " + slug);
	}

	private ApiClient.Response register(String slug, Map<String, Object> body) {
		return api().post("/api/v1/public/masterclasses/" + slug + "/registrations", body, null);
	}

	private String hashOf(String registrationId) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select join_token_hash from masterclass_registrations where id = ?::uuid").param(registrationId)
			.query(String.class).single());
	}

	private String dealStage(String contactId) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select s.name from deals d join pipeline_stages s on s.id = d.stage_id
				where d.contact_id = ?::uuid order by d.created_at desc limit 1""").param(contactId)
			.query(String.class).single());
	}

	private static void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}
}
