package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/** Deals and services created without a currency are in the organization's default currency. */
class DefaultCurrencyIntegrationTests extends IdentityTestSupport {

	@Test
	void aNewDealOrServiceWithoutACurrencyTakesTheOrganizationsDefault() throws Exception {
		String owner = uniqueEmail("currency");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Cleo")), token).text("id");
		ApiClient.Response usd = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Before"), token);
		assertThat(usd.text("currency")).isEqualTo("USD");

		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("defaultCurrency", "EUR"), token, Map.of())
			.status()).isEqualTo(200);
		ApiClient.Response deal = api().post("/api/v1/deals", Map.of("contactId",
				api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Dora")), token).text("id"), "title", "After"), token);
		assertThat(deal.status()).isEqualTo(201);
		assertThat(deal.text("currency")).isEqualTo("EUR");
		ApiClient.Response named = api().post("/api/v1/deals", Map.of("contactId",
				api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Enid")), token).text("id"), "title", "Named",
				"currency", "gbp"), token);
		assertThat(named.text("currency")).isEqualTo("GBP");
		ApiClient.Response unknown = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Unknown",
				"currency", "XYZ"), token);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("currency");

		ApiClient.Response service = api().post("/api/v1/services", Map.of("code", "BTX", "name", "Botox"), token);
		assertThat(service.text("currency")).isEqualTo("EUR");

		BrowserSession pages = signedIn(owner);
		String fresh = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Fern")), token).text("id");
		String form = pages.get("/deals/new?contact=" + fresh).body();
		assertThat(pages.post("/deals/new", Map.of("contactId", fresh, "title", "From the page",
				"_csrf", BrowserSession.csrf(form))).statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/deals?contactId=" + fresh, token).body().path("items").get(0).path("currency")
			.asString()).isEqualTo("EUR");
	}
}
