package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.billing.internal.lines.PhoneLineBilling;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * BL2: an agency invoices each client account monthly for the lines it holds beyond its plan's free one (defaults:
 * one free, two paid allowed), once per month however often the job runs, and the next month follows the lines held.
 */
class PhoneLineInvoiceIntegrationTests extends IdentityTestSupport {

	@Autowired
	PhoneLineBilling billing;

	@Test
	void billsPurchasedLinesOncePerMonthAndFollowsAReleaseInTheNextInvoice() {
		String ownerEmail = uniqueEmail("lines-agency");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String ownerId = api().get("/api/v1/me", owner).text("id");
		String clientEmail = uniqueEmail("lines-client");
		ApiClient.Response account = api().post("/api/v1/accounts", Map.of("name", "Gamma Clinic", "clientType", "medical",
				"services", List.of("seo"), "contactName", "Casey Client", "contactEmail", clientEmail), owner);
		assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
		Map<String, String> inAccount = Map.of("X-Organization-Id", account.text("id"));
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ApiClient.Response line = api().exchange("POST", "/api/v1/lines", Map.of("assignedUserId", ownerId,
					"displayName", "Front desk " + i, "phoneNumber", number()), owner, inAccount);
			assertThat(line.status()).as(line.body().toString()).isEqualTo(201);
			lines.add(line.text("id"));
		}

		// An organization without an agency: its purchased line is a charge of its own subscription, never invoiced here.
		String strangerEmail = uniqueEmail("lines-standalone");
		registerVerified(strangerEmail);
		String stranger = accessToken(strangerEmail);
		String strangerId = api().get("/api/v1/me", stranger).text("id");
		for (int i = 0; i < 2; i++) {
			assertThat(api().post("/api/v1/lines", Map.of("assignedUserId", strangerId, "displayName", "Desk " + i,
					"phoneNumber", number()), stranger).status()).isEqualTo(201);
		}

		YearMonth month = YearMonth.of(2031, 1);
		billing.billMonth(month);
		billing.billMonth(month);

		List<JsonNode> invoices = invoicesOf(owner);
		assertThat(invoices).hasSize(1);
		JsonNode first = api().get("/api/v1/invoices/" + invoices.getFirst().path("id").asString(), owner).body();
		assertThat(first.path("status").asString()).isEqualTo("open");
		assertThat(first.path("number").asString()).startsWith("INV-");
		assertThat(first.path("lines")).hasSize(1);
		JsonNode billed = first.path("lines").get(0);
		assertThat(billed.path("description").asString()).isEqualTo("Phone line — January 2031");
		assertThat(billed.path("quantity").decimalValue()).isEqualByComparingTo("2");
		assertThat(billed.path("unitPriceCents").asLong()).isEqualTo(1_500);
		assertThat(first.path("totalCents").asLong()).isEqualTo(3_000);
		assertThat(first.path("notes").asString()).contains("Gamma Clinic", "beyond the 1 included");
		assertThat(api().get("/api/v1/contacts/" + first.path("contactId").asString(), owner).text("email"))
			.isEqualTo(clientEmail);

		// The agency reprices its "Phone line" product; the account releases a paid line.
		JsonNode product = api().get("/api/v1/products", owner).body().path("items").get(0);
		assertThat(product.path("name").asString()).isEqualTo("Phone line");
		assertThat(api().exchange("PATCH", "/api/v1/products/" + product.path("id").asString(),
				Map.of("unitPriceCents", 2_000), owner, Map.of()).status()).isEqualTo(200);
		assertThat(api().exchange("DELETE", "/api/v1/lines/" + lines.get(2), null, owner, inAccount).status()).isEqualTo(204);

		billing.billMonth(month.plusMonths(1));
		billing.billMonth(month.plusMonths(1));
		List<JsonNode> after = invoicesOf(owner);
		assertThat(after).hasSize(2);
		JsonNode second = after.stream().filter(i -> !i.path("id").equals(first.path("id"))).findFirst().orElseThrow();
		JsonNode secondFull = api().get("/api/v1/invoices/" + second.path("id").asString(), owner).body();
		assertThat(secondFull.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("1");
		assertThat(secondFull.path("totalCents").asLong()).isEqualTo(2_000);
		assertThat(secondFull.path("contactId")).isEqualTo(first.path("contactId"));

		ApiClient.Response foreign = api().get("/api/v1/invoices/" + first.path("id").asString(), stranger);
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(invoicesOf(stranger)).isEmpty();

		ApiClient.Response accountCharge = api().exchange("GET", "/api/v1/billing/phone-lines", null, owner, inAccount);
		assertThat(accountCharge.status()).isEqualTo(200);
		assertThat(accountCharge.body().path("linesPurchased").asInt()).isEqualTo(1);
		assertThat(accountCharge.body().path("unitPriceCents").asLong()).isEqualTo(2_000);
		assertThat(accountCharge.text("billedBy")).isEqualTo("agency");
		ApiClient.Response ownCharge = api().get("/api/v1/billing/phone-lines", stranger);
		assertThat(ownCharge.body().path("linesPurchased").asInt()).isEqualTo(1);
		assertThat(ownCharge.body().path("monthlyTotalCents").asLong()).isEqualTo(1_500);
		assertThat(ownCharge.text("billedBy")).isEqualTo("installation");
	}

	@Test
	void theBillingPageShowsPurchasedLinesAsAMonthlyCharge() throws Exception {
		String email = uniqueEmail("lines-page");
		registerVerified(email);
		String token = accessToken(email);
		String me = api().get("/api/v1/me", token).text("id");
		for (int i = 0; i < 3; i++) {
			assertThat(api().post("/api/v1/lines", Map.of("assignedUserId", me, "displayName", "Desk " + i,
					"phoneNumber", number()), token).status()).isEqualTo(201);
		}
		String page = signedIn(email).get("/billing/settings").body();
		assertThat(page).contains("2 lines beyond the 1 free line of your plan.", "$15.00 per line and month: $30.00 per month.",
				"Charged with your subscription");
	}

	private List<JsonNode> invoicesOf(String token) {
		ApiClient.Response list = api().get("/api/v1/invoices", token);
		assertThat(list.status()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		list.body().path("items").forEach(items::add);
		return items;
	}

	private static String number() {
		return "+1555" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}
}
