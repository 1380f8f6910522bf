package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** The services page takes prices as people type them, in units, and a currency that defaults to the organization's. */
class ServiceCatalogPagesTests extends IdentityTestSupport {

	@Test
	void aPriceTypedInUnitsIsStoredInCentsAndABadOneIsMarkedOnTheForm() throws Exception {
		String owner = uniqueEmail("services");
		registerVerified(owner);
		String token = accessToken(owner);
		api().exchange("PATCH", "/api/v1/organization", Map.of("defaultCurrency", "EUR"), token, Map.of());
		BrowserSession pages = signedIn(owner);
		String page = pages.get("/services").body();
		assertThat(page).contains("<option value=\"EUR\" selected=\"selected\">");

		var refused = pages.post("/services", Map.of("code", "BTX", "name", "Botox", "price", "12,5.0", "currency", "EUR",
				"_csrf", BrowserSession.csrf(page)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"field-error\"", "Enter an amount such as 12.50",
				"value=\"12,5.0\"", "value=\"BTX\"", "is-invalid");
		assertThat(api().get("/api/v1/services", token).body().path("items")).isEmpty();

		assertThat(pages.post("/services", Map.of("code", "BTX", "name", "Botox", "price", "12.50", "currency", "EUR",
				"_csrf", BrowserSession.csrf(page))).statusCode()).isEqualTo(302);
		assertThat(pages.post("/services", Map.of("code", "LIP", "name", "Lips", "price", "1,250", "currency", "GBP",
				"_csrf", BrowserSession.csrf(page))).statusCode()).isEqualTo(302);
		JsonNode items = api().get("/api/v1/services", token).body().path("items");
		assertThat(items.get(0).path("code").asString()).isEqualTo("BTX");
		assertThat(items.get(0).path("priceCents").asLong()).isEqualTo(1250);
		assertThat(items.get(0).path("currency").asString()).isEqualTo("EUR");
		assertThat(items.get(1).path("priceCents").asLong()).isEqualTo(125000);
		assertThat(items.get(1).path("currency").asString()).isEqualTo("GBP");
		assertThat(pages.get("/services").body()).contains("12.50", "1,250.00");

		var unknown = pages.post("/services", Map.of("code", "ODD", "name", "Odd", "currency", "XYZ",
				"_csrf", BrowserSession.csrf(page)));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("must be an ISO 4217 currency code");
	}
}
