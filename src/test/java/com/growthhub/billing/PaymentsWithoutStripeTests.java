package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/** A fresh install without GROWTHHUB_STRIPE_*: no pay button, no checkout, webhooks refused; staff record payments. */
class PaymentsWithoutStripeTests extends IdentityTestSupport {

	@Test
	void withoutStripeThePublicPageHasNoPayButtonAndStaffRecordPaymentsByHand() throws Exception {
		String email = uniqueEmail("no-stripe");
		registerVerified(email);
		String token = accessToken(email);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Edsger", "type", "contact")), token)
			.text("id");
		String id = api().post("/api/v1/invoices", Map.of("contactId", contact, "currency", "EUR",
				"lines", List.of(Map.of("description", "Workshop", "quantity", 2, "unitPriceCents", 5_000))), token).text("id");
		String publicPath = URI.create(api().post("/api/v1/invoices/" + id + "/issue", null, token).text("publicUrl")).getPath();

		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + publicPath)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("public-pay-slot").doesNotContain("pay-button");

		ApiClient.Response checkout = api().post(publicPath + "/checkout", null, null);
		assertThat(checkout.status()).isEqualTo(404);
		assertThat(checkout.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(api().exchange("POST", "/webhooks/stripe", "{}", null, Map.of("Stripe-Signature", "t=1,v1=00")).status())
			.isEqualTo(404);

		ApiClient.Response paid = api().post("/api/v1/invoices/" + id + "/payments",
				Map.of("method", "bank_transfer", "amountCents", 10_000, "reference", "IBAN transfer 42"), token);
		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
		assertThat(api().get("/api/v1/invoices/" + id, token).text("status")).isEqualTo("paid");
	}
}
