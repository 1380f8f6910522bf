package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * The dashboard's widgets come from their modules: the pipeline's open value by stage, its weighted forecast and
 * the deals won this month; new contacts and activity per week; each drawn as a chart and served by the API.
 */
class DashboardBrowserTests extends BrowserTestSupport {

	@Test
	void showsPipelineAndContactFiguresWithChartsAndServesThemAsData() {
		String email = "dashboard-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = new ApiClient(port);
		JsonNode sales = api.get("/api/v1/pipelines", token).body().path("items").get(0);
		String consultBooked = sales.path("stages").get(2).path("id").asString();
		String won = sales.path("stages").get(3).path("id").asString();
		String ada = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada")), token).text("id");
		String bob = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Bob")), token).text("id");
		String cy = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Cy")), token).text("id");
		api.post("/api/v1/deals", Map.of("contactId", ada, "title", "Retainer", "valueCents", 100000, "currency", "EUR"), token);
		String consult = api.post("/api/v1/deals", Map.of("contactId", bob, "title", "Consult", "valueCents", 50000,
				"currency", "EUR"), token).text("id");
		api.post("/api/v1/deals/" + consult + "/move", Map.of("stageId", consultBooked), token);
		String closed = api.post("/api/v1/deals", Map.of("contactId", cy, "title", "Closed", "valueCents", 20000,
				"currency", "EUR"), token).text("id");
		assertThat(api.post("/api/v1/deals/" + closed + "/move", Map.of("stageId", won), token).status()).isEqualTo(200);

		JsonNode pipeline = api.get("/api/v1/dashboard", token).body().path("pipeline");
		assertThat(pipeline.path("currency").asString()).isEqualTo("EUR");
		assertThat(pipeline.path("openValueCents").asLong()).isEqualTo(150000);
		assertThat(pipeline.path("weightedForecastCents").asLong()).as("10% of 1000 + 60% of 500").isEqualTo(40000);
		assertThat(pipeline.path("wonThisMonth").asLong()).isEqualTo(1);
		assertThat(pipeline.path("wonThisMonthCents").asLong()).isEqualTo(20000);
		assertThat(pipeline.path("valueByStage").path("labels").valueStream().map(JsonNode::asString).toList())
			.containsExactly("New", "Contacted", "Consult Booked");
		assertThat(pipeline.path("valueByStage").path("series").get(0).path("values").valueStream().map(JsonNode::asLong)
			.toList()).containsExactly(100000L, 0L, 50000L);
		JsonNode contacts = api.get("/api/v1/dashboard", token).body().path("contacts");
		JsonNode perWeek = contacts.path("newContacts").path("series").get(0).path("values");
		assertThat(perWeek).hasSize(12);
		assertThat(perWeek.get(11).asLong()).as("this week's new contacts").isEqualTo(3);

		signIn(email);
		open("/");
		assertThat(textOf(By.cssSelector("[data-figure=open-value]"))).isEqualTo("€1,500.00");
		assertThat(textOf(By.cssSelector("[data-figure=weighted-forecast]"))).isEqualTo("€400.00");
		assertThat(textOf(By.cssSelector("[data-figure=won-this-month]"))).isEqualTo("1");
		waiting().until(driver -> (Boolean) ((JavascriptExecutor) browser).executeScript("""
				const canvases = [...document.querySelectorAll('canvas[data-chart]')];
				return canvases.length >= 4 && canvases.every(c => window.Chart && window.Chart.getChart(c) && c.width > 0);"""));
	}
}
