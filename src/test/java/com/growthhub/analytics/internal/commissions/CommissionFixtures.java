package com.growthhub.analytics.internal.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

/** A provider who has earned a commission through the API, for tests that need one already booked. */
public final class CommissionFixtures {

	private CommissionFixtures() {
	}

	/**
	 * Through the API as {@code ownerToken}: a surgeon "Dr. Commission" with a 10 % rule, an invoice of
	 * {@code totalCents} USD whose one line names them, issued and paid in cash; returns once the commission is booked.
	 * The payment is a real {@code InvoicePaid} (it also counts as revenue for the KPI reports).
	 *
	 * @return the provider's id
	 */
	public static String paidCommission(ApiClient api, String ownerToken, long totalCents) {
		String provider = api.post("/api/v1/providers", Map.of("name", "Dr. Commission", "role", "surgeon"), ownerToken)
			.text("id");
		assertThat(api.post("/api/v1/commission-rules", Map.of("providerId", provider, "validFrom", "2020-01-01", "rule",
				Map.of("type", "percent", "percentBp", 1000)), ownerToken).status()).isEqualTo(201);
		String contact = api.post("/api/v1/contacts",
				ContactMother.complete(new HashMap<>(Map.of("firstName", "Paying", "lastName", "Patient"))), ownerToken)
			.text("id");
		String invoice = api.post("/api/v1/invoices", Map.of("contactId", contact, "currency", "USD", "lines",
				List.of(Map.of("description", "Rhinoplasty", "quantity", "1", "unitPriceCents", totalCents, "providerId",
						provider, "procedureCode", "RHINO"))), ownerToken).text("id");
		assertThat(api.post("/api/v1/invoices/" + invoice + "/issue", null, ownerToken).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/invoices/" + invoice + "/payments", Map.of("method", "cash", "amountCents",
				totalCents), ownerToken).status()).isEqualTo(201);
		// this month, or the next when this one was closed
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		String report = "/api/v1/commissions?providerId=" + provider + "&from=" + month + "&to=" + month.plusMonths(1);
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> api.get(report, ownerToken).body().path("items").size() == 1);
		return provider;
	}
}
