package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Sales metrics per rep (AN4) from every module's own figures: leads owned and time to first contact (contacts), calls
 * booked and held (scheduling), deals won and revenue (pipeline); only the period's rows count, only managers see them,
 * and another organization's rows never appear.
 */
class SalesMetricsIntegrationTests extends IdentityTestSupport {

	@Test
	void repsFiguresForAPeriodAsJsonCsvAndPage() throws Exception {
		String ownerEmail = uniqueEmail("sales");
		registerVerified(ownerEmail);
		String token = accessToken(ownerEmail);
		String repEmail = uniqueEmail("sales-rep");
		String repToken = invitedMember(token, repEmail, "member");
		JsonNode repMe = api().get("/api/v1/me", repToken).body();
		UUID rep = UUID.fromString(repMe.path("id").asString());
		OrganizationId organization = OrganizationId.of(UUID.fromString(repMe.path("organizationId").asString()));

		Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
		Instant inPeriod = today.minus(Duration.ofDays(10)).plus(Duration.ofHours(9));
		Instant before = today.minus(Duration.ofDays(40));
		inScope(organization, () -> {
			UUID first = contact(organization, rep, inPeriod);
			UUID second = contact(organization, rep, inPeriod);
			contact(organization, rep, inPeriod); // never contacted: not in the average
			contact(organization, rep, before); // created before the period
			interaction(organization, first, "call", rep, inPeriod.plus(Duration.ofHours(1)));
			interaction(organization, first, "email", rep, inPeriod.plus(Duration.ofHours(30))); // not the first
			interaction(organization, second, "note", rep, inPeriod.plus(Duration.ofMinutes(5))); // a note is no contact
			interaction(organization, second, "email", null, inPeriod.plus(Duration.ofMinutes(10))); // inbound
			interaction(organization, second, "sms", rep, inPeriod.plus(Duration.ofHours(5)));
			UUID page = bookingPage(organization);
			appointment(organization, page, rep, first, inPeriod.plus(Duration.ofDays(1)), "completed");
			appointment(organization, page, rep, second, inPeriod.plus(Duration.ofDays(2)), "no_show");
			appointment(organization, page, rep, second, inPeriod.plus(Duration.ofDays(3)), "rescheduled");
			wonDeal(organization, rep, first, 125_000, "USD", inPeriod.plus(Duration.ofDays(2)));
			wonDeal(organization, rep, second, 50_000, "USD", inPeriod.plus(Duration.ofDays(3)));
			wonDeal(organization, rep, second, 70_000, "EUR", before);
			return null;
		});

		LocalDate from = LocalDate.ofInstant(today.minus(Duration.ofDays(30)), ZoneOffset.UTC);
		LocalDate to = LocalDate.ofInstant(today, ZoneOffset.UTC);
		String query = "?from=" + from + "&to=" + to;
		var response = api().get("/api/v1/analytics/reps" + query, token);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode row = null;
		for (JsonNode item : response.body().path("items")) {
			if (item.path("userId").asString().equals(rep.toString())) {
				row = item;
			}
		}
		assertThat(row).as("every member is listed").isNotNull();
		assertThat(response.body().path("items")).hasSize(2);
		assertThat(row.path("leadsOwned").asLong()).isEqualTo(3);
		assertThat(row.path("leadsContacted").asLong()).isEqualTo(2);
		assertThat(row.path("avgSecondsToFirstContact").asLong()).as("(1 h + 5 h) / 2").isEqualTo(3 * 3600);
		assertThat(row.path("callsBooked").asLong()).as("a rescheduled appointment counts as its replacement").isEqualTo(2);
		assertThat(row.path("callsHeld").asLong()).isEqualTo(1);
		assertThat(row.path("dealsWon").asLong()).isEqualTo(2);
		assertThat(row.path("revenue").toString()).isEqualTo("[{\"currency\":\"USD\",\"amountCents\":175000}]");

		assertThat(api().get("/api/v1/analytics/reps" + query, repToken).status()).as("members see no one's figures")
			.isEqualTo(403);
		var invalid = api().get("/api/v1/analytics/reps?from=2026-02-30", token);
		assertThat(invalid.status()).isEqualTo(400);

		String otherEmail = uniqueEmail("sales-other");
		registerVerified(otherEmail);
		JsonNode other = api().get("/api/v1/analytics/reps" + query, accessToken(otherEmail)).body();
		assertThat(other.toString()).doesNotContain(rep.toString());
		assertThat(other.path("items").get(0).path("leadsOwned").asLong()).isZero();

		var csv = api().get("/api/v1/analytics/reps.csv" + query, token);
		assertThat(csv.status()).isEqualTo(200);

		var browser = signedIn(ownerEmail);
		var page = browser.get("/analytics/sales" + query);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-rep=\"" + rep + "\"", "3.0 h", "$1,750.00", "/api/v1/analytics/reps.csv");
	}

	@Test
	void anAgencySeesItsClientAccountsFiguresAndTheirRollUp() {
		String ownerEmail = uniqueEmail("sales-agency");
		registerVerified(ownerEmail);
		String token = accessToken(ownerEmail);
		String alpha = createAccount(token, "Alpha Dental");
		String beta = createAccount(token, "Beta Roofing");
		String member = invitedMember(token, "member");
		UUID ownerId = UUID.fromString(api().get("/api/v1/me", token).body().path("id").asString());
		Instant at = Instant.now().minus(Duration.ofHours(3));
		for (String account : new String[] { alpha, beta }) {
			OrganizationId client = OrganizationId.of(UUID.fromString(account));
			inScope(client, () -> {
				UUID lead = contact(client, ownerId, at);
				interaction(client, lead, "call", ownerId, at.plus(Duration.ofHours(account.equals(alpha) ? 1 : 2)));
				wonDeal(client, ownerId, lead, account.equals(alpha) ? 10_000 : 30_000, "USD", at);
				return null;
			});
		}

		JsonNode report = api().get("/api/v1/analytics/accounts", token).body();
		assertThat(report.path("items").findValuesAsString("accountId")).containsExactlyInAnyOrder(alpha, beta);
		JsonNode total = report.path("total");
		assertThat(total.path("leadsOwned").asLong()).isEqualTo(2);
		assertThat(total.path("dealsWon").asLong()).isEqualTo(2);
		assertThat(total.path("avgSecondsToFirstContact").asLong()).as("(1 h + 2 h) / 2").isEqualTo(5400);
		assertThat(total.path("revenue").toString()).isEqualTo("[{\"currency\":\"USD\",\"amountCents\":40000}]");

		assertThat(api().get("/api/v1/analytics/accounts", member).body().path("items")).as("none assigned to them")
			.isEmpty();
		String loner = uniqueEmail("sales-loner");
		registerVerified(loner);
		assertThat(api().get("/api/v1/analytics/accounts", accessToken(loner)).body().path("items")).isEmpty();
		var fromClient = api().exchange("GET", "/api/v1/analytics/accounts", null, token,
				java.util.Map.of("X-Organization-Id", alpha));
		assertThat(fromClient.status()).as("a client account is no agency").isEqualTo(404);
	}

	private String createAccount(String token, String name) {
		var created = api().post("/api/v1/accounts", java.util.Map.of("name", name, "clientType", "medical", "services",
				java.util.List.of("seo"), "contactName", "Casey Client", "contactEmail", uniqueEmail("sales-client")), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private UUID contact(OrganizationId organization, UUID owner, Instant createdAt) {
		UUID id = Ids.next();
		jdbc.sql("""
				insert into contacts (id, organization_id, first_name, type, source, owner_id, created_at, updated_at)
				values (?, ?, 'Sales lead', 'LEAD', 'MANUAL', ?, ?, ?)
				""").params(id, organization.value(), owner, Timestamp.from(createdAt), Timestamp.from(createdAt)).update();
		return id;
	}

	private void interaction(OrganizationId organization, UUID contact, String type, UUID author, Instant at) {
		jdbc.sql("""
				insert into interactions (id, organization_id, contact_id, type, occurred_at, author_id) values (?, ?, ?, ?, ?, ?)
				""").params(Ids.next(), organization.value(), contact, type, Timestamp.from(at), author).update();
	}

	private UUID bookingPage(OrganizationId organization) {
		UUID id = Ids.next();
		jdbc.sql("""
				insert into scheduling_booking_pages (id, organization_id, slug, title, duration_minutes, slot_step_minutes,
				  assignment_mode) values (?, ?, ?, 'Consult', 30, 30, 'round_robin')
				""").params(id, organization.value(), "sales-" + id.toString().substring(24)).update();
		return id;
	}

	private void appointment(OrganizationId organization, UUID page, UUID rep, UUID contact, Instant startsAt,
			String status) {
		Timestamp start = Timestamp.from(startsAt);
		Timestamp end = Timestamp.from(startsAt.plus(Duration.ofMinutes(30)));
		jdbc.sql("""
				insert into scheduling_appointments (id, organization_id, booking_page_id, rep_id, contact_id, starts_at, ends_at,
				  blocked_from, blocked_until, time_zone, status, assignment_reason, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UTC', ?, 'test', ?)
				""").params(Ids.next(), organization.value(), page, rep, contact, start, end, start, end, status,
				Timestamp.from(startsAt.minus(Duration.ofHours(2)))).update();
	}

	private void wonDeal(OrganizationId organization, UUID owner, UUID contact, long cents, String currency,
			Instant closedAt) {
		jdbc.sql("""
				insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, value_cents, currency,
				  owner_id, status, closed_at)
				select ?, p.organization_id, p.id, s.id, ?, 'Won deal', ?, ?, ?, 'WON', ?
				from pipelines p join pipeline_stages s on s.pipeline_id = p.id
				where p.organization_id = ? order by p.created_at, (s.kind = 'WON') desc, s.position limit 1
				""").params(Ids.next(), contact, cents, currency, owner, Timestamp.from(closedAt), organization.value())
			.update();
	}

	private <T> T inScope(OrganizationId organization, Supplier<T> work) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")), work);
	}
}
