package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/** The conventions of docs/api.md as a program meets them, on a few real endpoints. */
class ApiConventionsIntegrationTests extends IdentityTestSupport {

	private String token;

	@BeforeEach
	void account() {
		String owner = uniqueEmail("conventions");
		registerVerified(owner);
		token = accessToken(owner);
	}

	@Test
	void enumValuesAreLowerCaseInAnswersAndReadInAnyCase() {
		ApiClient.Response upper = api().post("/api/v1/custom-fields",
				Map.of("key", "budget", "label", "Budget", "type", "NUMBER"), token);
		ApiClient.Response lower = api().post("/api/v1/custom-fields",
				Map.of("key", "tier", "label", "Tier", "type", "select", "options", List.of("gold")), token);
		ApiClient.Response mixed = api().post("/api/v1/custom-fields",
				Map.of("key", "since", "label", "Since", "type", "Date"), token);

		assertThat(List.of(upper.status(), lower.status(), mixed.status())).containsOnly(201);
		assertThat(List.of(upper.text("type"), lower.text("type"), mixed.text("type")))
			.containsExactly("number", "select", "date");
		assertThat(api().get("/api/v1/custom-fields", token).body().path("items").findValuesAsString("type"))
			.containsExactlyInAnyOrder("number", "select", "date");
		assertThat(api().get("/api/v1/contacts?type=LEAD", token).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/deals?status=Won", token).status()).isEqualTo(200);
	}

	@Test
	void anUnknownEnumValueAnswers400NamingTheFieldAndTheAllowedValues() {
		ApiClient.Response body = api().post("/api/v1/custom-fields",
				Map.of("key", "budget", "label", "Budget", "type", "money"), token);
		assertThat(body.status()).isEqualTo(400);
		assertThat(body.headers().getContentType()).hasToString("application/problem+json");
		assertThat(body.body().path("errors").get(0).path("field").asString()).isEqualTo("type");
		assertThat(body.body().path("errors").get(0).path("message").asString())
			.isEqualTo("must be one of [string, number, boolean, date, select]");

		ApiClient.Response parameter = api().get("/api/v1/contacts?type=martian", token);
		assertThat(parameter.status()).isEqualTo(400);
		assertThat(parameter.body().path("errors").get(0).path("field").asString()).isEqualTo("type");
		assertThat(parameter.body().path("errors").get(0).path("message").asString())
			.isEqualTo("must be one of [target, contact, plug, lead, client]");
	}

	@Test
	void nestedFieldsAreNamedByTheirJsonPath() {
		api().post("/api/v1/custom-fields", Map.of("key", "birthday", "label", "Birthday", "type", "date"), token);
		ApiClient.Response answer = api().post("/api/v1/contacts",
				ContactMother.complete(Map.of("firstName", "Ada", "customFields", Map.of("birthday", "someday"))), token);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("customFields.birthday");
	}

	@Test
	void currenciesAreIso4217CodesInAnyCase() {
		ApiClient.Response euro = api().post("/api/v1/services",
				Map.of("code", "consult", "name", "Consultation", "priceCents", 15000, "currency", "eur"), token);
		assertThat(euro.status()).isEqualTo(201);
		assertThat(euro.text("currency")).isEqualTo("EUR");
		ApiClient.Response unknown = api().post("/api/v1/services",
				Map.of("code", "other", "name", "Other", "priceCents", 100, "currency", "XYZ"), token);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("currency");
	}

	@Test
	void timesAreReadWithAnyOffsetAndAnsweredInUtc() {
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada")), token).text("id");
		ApiClient.Response logged = api().post("/api/v1/contacts/" + contact + "/interactions",
				Map.of("type", "call", "occurredAt", "2026-03-01T10:30:00+01:00"), token);
		assertThat(logged.status()).isEqualTo(201);
		assertThat(logged.text("occurredAt")).isEqualTo("2026-03-01T09:30:00Z");
	}
}
