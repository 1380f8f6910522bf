package com.growthhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.IdentityTestSupport;

class JourneyPagesTests extends IdentityTestSupport {

	@Test
	void pagesShowJourneysTemplatesAndActiveClientsOfTheOrganizationOnly() throws Exception {
		String owner = uniqueEmail("pages");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Paula", "lastName", "Page")), token).text("id");
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Welcome", "steps",
				List.of(Map.of("title", "Say hello", "dueOffsetDays", 1, "assigneeRole", "owner"))), token).text("id");
		String journey = api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token).text("id");

		BrowserSession browser = signedIn(owner);
		String list = browser.get("/journeys").body();
		assertThat(list).contains("Paula Page", "Welcome", "data-testid=\"journey-row\"", "Submit plug");
		assertThat(browser.get("/journeys?status=won").body()).contains("data-testid=\"journeys-empty\"");
		assertThat(browser.get("/journeys?status=flying").statusCode()).isEqualTo(400);
		String detail = browser.get("/journeys/" + journey).body();
		assertThat(detail).contains("Say hello", "data-testid=\"move-in_progress\"").doesNotContain("data-testid=\"move-won\"");
		assertThat(browser.get("/journeys/templates/" + template).body()).contains("Say hello", "data-testid=\"step-row\"");
		assertThat(browser.get("/active-clients").body()).contains("data-testid=\"active-clients-empty\"");

		String stranger = uniqueEmail("stranger-pages");
		registerVerified(stranger);
		BrowserSession other = signedIn(stranger);
		assertThat(other.get("/journeys/" + journey).statusCode()).isEqualTo(404);
		assertThat(other.get("/journeys/templates/" + template).statusCode()).isEqualTo(404);
		assertThat(other.get("/journeys").body()).doesNotContain("Paula Page");
	}

	@Test
	void startingAJourneyOrSubmittingAPlugWithoutAContactSaysSoAtThePicker() throws Exception {
		String owner = uniqueEmail("nopick");
		registerVerified(owner);
		String token = accessToken(owner);
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Welcome", "steps",
				List.of(Map.of("title", "Say hello", "dueOffsetDays", 1, "assigneeRole", "owner"))), token).text("id");
		BrowserSession browser = signedIn(owner);
		String list = browser.get("/journeys").body();
		assertThat(list).contains("id=\"start-contact\"", "id=\"plug-contact\"")
			.doesNotContainPattern("-contact-error\"[^>]*>Choose");

		HttpResponse<String> started = browser.post("/journeys", Map.of("templateId", template, "_csrf", BrowserSession.csrf(list)));
		assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/journeys");
		assertThat(browser.get("/journeys").body()).containsPattern("id=\"start-contact-error\"[^>]*>Choose a contact");
		HttpResponse<String> plug = browser.post("/journeys/submit-plug", Map.of("_csrf", BrowserSession.csrf(list)));
		assertThat(plug.headers().firstValue("Location").orElseThrow()).endsWith("/journeys");
		assertThat(browser.get("/journeys").body()).containsPattern("id=\"plug-contact-error\"[^>]*>Choose a contact");
		assertThat(api().get("/api/v1/journeys", token).body().path("items")).isEmpty();
	}

	@Test
	void theTemplateEditorCreatesATemplateWhoseStepKeepsItsRole() throws Exception {
		String owner = uniqueEmail("editor");
		registerVerified(owner);
		BrowserSession browser = signedIn(owner);
		String page = browser.get("/journeys/templates").body();
		HttpResponse<String> created = browser.post("/journeys/templates", Map.of("name", "Editor", "title", "Only step",
				"position", "1", "offset", "2", "role", "manager", "_csrf", BrowserSession.csrf(page)));
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/journeys/templates/[0-9a-f-]{36}$");
		String id = location.substring(location.lastIndexOf('/') + 1);

		String token = accessToken(owner);
		assertThat(api().get("/api/v1/journey-templates/" + id, token).body().path("steps").get(0).path("assigneeRole")
			.asText()).isEqualTo("manager");
	}
	@Test
	void theContactPageSubmitsAPlugAndComesBack() throws Exception {
		String owner = uniqueEmail("plug-page");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Pia", "type", "contact")), token).text("id");
		BrowserSession browser = signedIn(owner);
		String page = browser.get("/contacts/" + contact).body();
		assertThat(page).contains("data-testid=\"submit-plug\"");
		HttpResponse<String> submitted = browser.post("/journeys/submit-plug", Map.of("contactId", contact, "back", "contact",
				"_csrf", BrowserSession.csrf(page)));
		assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith("/contacts/" + contact);
		assertThat(api().get("/api/v1/contacts/" + contact, token).text("type")).isEqualTo("plug");
		assertThat(browser.get("/contacts/" + contact).body()).doesNotContain("data-testid=\"submit-plug\"");
	}
	@Test
	void theJourneyPageReassignsAndReschedulesAStep() throws Exception {
		String owner = uniqueEmail("plan");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Rita")), token).text("id");
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Plan", "steps",
				List.of(Map.of("title", "Book", "dueOffsetDays", 0, "assigneeRole", "owner"))), token).text("id");
		var journey = api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token);
		String step = journey.body().path("steps").get(0).path("id").asText();
		String assignee = journey.body().path("steps").get(0).path("assigneeId").asText();

		BrowserSession browser = signedIn(owner);
		String page = browser.get("/journeys/" + journey.text("id")).body();
		assertThat(page).contains("data-testid=\"plan-step\"");
		browser.post("/journeys/" + journey.text("id") + "/steps/" + step + "/plan", Map.of("assigneeId", assignee,
				"dueOn", "2031-05-06", "_csrf", BrowserSession.csrf(page)));
		assertThat(api().get("/api/v1/journeys/" + journey.text("id"), token).body().path("steps").get(0).path("dueOn")
			.asText()).isEqualTo("2031-05-06");
	}

	@Test
	void aRefusedTemplateComesBackAsTypedWithEachProblemNextToItsInput() throws Exception {
		String owner = uniqueEmail("template-errors");
		registerVerified(owner);
		BrowserSession browser = signedIn(owner);
		String page = browser.get("/journeys/templates").body();
		HttpResponse<String> refused = browser.post("/journeys/templates", Map.of("name", "Onboarding", "title",
				"Call back", "position", "1", "offset", "5000", "role", "manager", "_csrf", BrowserSession.csrf(page)));
		assertThat(refused.statusCode()).as("shown again, not redirected").isEqualTo(200);
		String form = refused.body();
		assertThat(form).contains("value=\"Onboarding\"", "value=\"Call back\"", "value=\"5000\"")
			.contains("<option value=\"manager\" selected=\"selected\">");
		assertThat(form.split("data-testid=\"field-error\"", -1)).as("one problem").hasSize(2);
		assertThat(form).containsPattern("name=\"offset\"[^>]*is-invalid[^>]*>\\s*<div class=\"invalid-feedback\"[^>]*>"
				+ "must be between 0 and 3650</div>");

		String blankName = browser.post("/journeys/templates", Map.of("name", " ", "title", "Kept step", "position", "1",
				"offset", "1", "role", "member", "_csrf", BrowserSession.csrf(form))).body();
		assertThat(blankName).containsPattern("id=\"template-name\"[^>]*is-invalid")
			.contains("must be 1 to 120 characters", "value=\"Kept step\"");
	}

	@Test
	void aRefusedPlanOrAgreementShowsItsProblemNextToTheInputAsTyped() throws Exception {
		String owner = uniqueEmail("journey-errors");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.person("Erin"), token).text("id");
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Care", "steps",
				List.of(Map.of("title", "Call", "dueOffsetDays", 0, "assigneeRole", "owner"))), token).text("id");
		String service = api().post("/api/v1/services", Map.of("code", "BTX", "name", "Botox", "priceCents", 25000), token)
			.text("id");
		var journey = api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token);
		String id = journey.text("id");
		String step = journey.body().path("steps").get(0).path("id").asString();
		String assignee = journey.body().path("steps").get(0).path("assigneeId").asString();

		BrowserSession browser = signedIn(owner);
		String page = browser.get("/journeys/" + id).body();
		HttpResponse<String> plan = browser.post("/journeys/" + id + "/steps/" + step + "/plan", Map.of("assigneeId",
				assignee, "dueOn", "", "_csrf", BrowserSession.csrf(page)));
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(plan.body()).containsPattern("<details [^>]*open=\"open\"")
			.containsPattern("name=\"dueOn\"[^>]*is-invalid[^>]*>\\s*<div class=\"invalid-feedback\"[^>]*>is required</div>");

		api().post("/api/v1/journeys/" + id + "/transition", Map.of("to", "in_progress"), token);
		HttpResponse<String> agree = browser.post("/journeys/" + id + "/active-client", Map.of("services", service,
				"price_" + service, "-5", "_csrf", BrowserSession.csrf(page)));
		assertThat(agree.statusCode()).isEqualTo(200);
		assertThat(agree.body()).contains("collapse card mb-3 show", "value=\"-5\"")
			.containsPattern("is-invalid\" name=\"price_" + service + "\"[^>]*>\\s*<div class=\"invalid-feedback\"[^>]*>"
					+ "Enter an amount such as 12.50</div>");
		assertThat(api().get("/api/v1/journeys/" + id, token).text("status")).isEqualTo("in_progress");
	}

	@Test
	void theAgreeFormTakesPricesInUnitsAndMarksOneThatIsNotAnAmount() throws Exception {
		String owner = uniqueEmail("agree-page");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.person("Vera"), token).text("id");
		String service = api().post("/api/v1/services", Map.of("code", "BTX", "name", "Botox", "priceCents", 30000), token)
			.text("id");
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Agree", "steps",
				List.of(Map.of("title", "Call", "dueOffsetDays", 0, "assigneeRole", "owner"))), token).text("id");
		String journey = api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token)
			.text("id");
		api().post("/api/v1/journeys/" + journey + "/transition", Map.of("to", "in_progress"), token);

		BrowserSession browser = signedIn(owner);
		String page = browser.get("/journeys/" + journey).body();
		assertThat(page).as("the catalog price in units").contains("value=\"300.00\"");
		HttpResponse<String> refused = browser.post("/journeys/" + journey + "/active-client", Map.of("services", service,
				"price_" + service, "25O", "_csrf", BrowserSession.csrf(page)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"agree-price-error\"", "Enter an amount such as 12.50",
				"value=\"25O\"", "collapse card mb-3 show");
		assertThat(api().get("/api/v1/journeys/" + journey, token).text("status")).isEqualTo("in_progress");

		HttpResponse<String> agreed = browser.post("/journeys/" + journey + "/active-client", Map.of("services", service,
				"price_" + service, "250", "_csrf", BrowserSession.csrf(page)));
		assertThat(agreed.statusCode()).isEqualTo(302);
		var client = api().get("/api/v1/active-clients", token).body().path("items").get(0);
		assertThat(client.path("services").get(0).path("priceCents").asLong()).isEqualTo(25000);
	}
}
