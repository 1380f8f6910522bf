package com.growthhub.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/** An event's analytics count its approved expenses against its budget; drafts and other events' expenses do not. */
class ExpenseEventCostsIntegrationTests extends IdentityTestSupport {

	@Test
	void approvedExpensesOfAnEventFillItsBudget() {
		String owner = uniqueEmail("event-costs");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String spender = uniqueEmail("event-costs-member");
		accounts().invite(ownerToken, spender, "member");
		String member = accessToken(spender);

		Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		ApiClient.Response event = api().post("/api/v1/events", Map.of("title", "Costed", "type", "meetup", "venue", "Hall",
				"startsAt", start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "budgetCents", 500000,
				"currency", "EUR"), ownerToken);
		assertThat(event.status()).as(event.body().toString()).isEqualTo(201);
		String eventId = event.text("id");
		String category = api().get("/api/v1/expense-categories", member).body().path("items").get(0).path("id").asString();

		String approved = expense(member, eventId, category, 100000);
		assertThat(api().post("/api/v1/expenses/" + approved + "/submit", null, member).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/expenses/" + approved + "/approve", null, ownerToken).status()).isEqualTo(200);
		expense(member, eventId, category, 70000);

		ApiClient.Response analytics = api().get("/api/v1/events/" + eventId + "/analytics", ownerToken);
		assertThat(analytics.status()).isEqualTo(200);
		assertThat(analytics.body().path("approvedExpensesCents").asLong()).as("only the approved one").isEqualTo(100000);
		assertThat(analytics.body().path("budgetUtilization").asDouble()).isEqualTo(20.0);
	}

	private String expense(String token, String eventId, String category, long cents) {
		ApiClient.Response created = api().post("/api/v1/expenses", Map.of("title", "Venue deposit", "amountCents", cents,
				"currency", "EUR", "categoryId", category, "spentOn", "2026-03-10", "eventId", eventId), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}
}
