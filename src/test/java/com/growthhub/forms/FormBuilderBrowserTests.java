package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lead-capture journey in Chromium: an admin builds a two-step form in the builder (a field dragged from the
 * palette, others added with the keyboard-friendly buttons, a condition, the pipeline set in the JSON view), watches
 * the preview, publishes it; a visitor on another site (a page this test serves on its own loopback port, holding only
 * the embed script tag) fills it in, sees the conditional field appear only for "Ads" and sends it; the admin then
 * finds the lead, its deal, the timeline entry and the in-app notification.
 */
class FormBuilderBrowserTests extends BrowserTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpServer site;

	@AfterEach
	void stopSite() {
		if (site != null) {
			site.stop(0);
		}
	}

	@Test
	void aFormBuiltInTheBuilderAndEmbeddedOnAnotherSiteBringsInALead() throws Exception {
		String email = uniqueEmail("form-builder");
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = new ApiClient(port);
		JsonNode pipeline = api.get("/api/v1/pipelines", token).body().path("items").get(0);
		site = embeddingSite();
		int sitePort = site.getAddress().getPort();

		signIn(email);
		open("/settings/forms");
		type(By.id("form-name"), "Quote request");
		click(By.cssSelector("form[action='/settings/forms'] button"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/settings/forms/[0-9a-f-]{36}$"));
		String formPath = java.net.URI.create(browser.getCurrentUrl()).getPath();
		String formId = formPath.substring(formPath.lastIndexOf('/') + 1);

		// Step 1: the starter's email stays, its first name goes, a select is dragged in from the palette.
		click(By.cssSelector("[data-testid=builder-field-first_name]"));
		click(By.cssSelector("[data-testid=builder-remove-field]"));
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=builder-field-first_name]")));
		drag(By.cssSelector("[data-testid=builder-palette] li[data-type=select]"),
				By.cssSelector("[data-testid=builder-field-email]"));
		visible(By.cssSelector("[data-testid=builder-step-1] [data-testid=builder-field-select_1]"));
		type(By.id("prop-label"), "Interest");
		type(By.id("prop-key"), "interest");
		browser.findElement(By.id("prop-key")).sendKeys(Keys.TAB);
		type(By.id("prop-options"), "Ads\nSEO");
		visible(By.cssSelector("[data-testid=builder-step-1] [data-testid=builder-field-interest]"));

		// Step 2, with a text field added by the button (the keyboard's way) and shown only when Interest is Ads.
		click(By.cssSelector("[data-testid=builder-add-step]"));
		type(By.id("builder-step-title-1"), "Your project");
		new Select(browser.findElement(By.cssSelector("[data-testid=builder-target-step]"))).selectByValue("1");
		click(By.cssSelector("[data-testid=palette-text]"));
		visible(By.cssSelector("[data-testid=builder-step-2] [data-testid=builder-field-text_1]"));
		type(By.id("prop-label"), "Budget");
		type(By.id("prop-key"), "budget");
		browser.findElement(By.id("prop-key")).sendKeys(Keys.TAB);
		new Select(browser.findElement(By.cssSelector("[data-testid=condition-match]"))).selectByValue("all");
		assertThat(new Select(browser.findElement(By.cssSelector("[data-testid=condition-rule-0] [data-rule-field]")))
			.getFirstSelectedOption().getAttribute("value")).isEqualTo("interest");
		type(By.cssSelector("[data-testid=condition-rule-0] [data-rule-value]"), "Ads");

		// After sending: the embedding site is allowed, the admin is told.
		click(By.cssSelector("[data-settings] summary"));
		type(By.cssSelector("[data-testid=setting-domains]"), "127.0.0.1:" + sitePort);
		click(By.cssSelector("[data-testid='notify-" + email + "']"));

		// The JSON view holds the same definition; the deal's pipeline is set there and survives switching back.
		click(By.cssSelector("[data-testid=builder-view-json]"));
		WebElement json = visible(By.cssSelector("[data-testid=form-definition]"));
		ObjectNode definition = (ObjectNode) JSON.readTree(json.getAttribute("value"));
		assertThat(definition.path("fields").findValuesAsString("key")).containsExactly("email", "interest", "budget");
		assertThat(definition.path("fields").get(2).path("showWhen").path("rules").get(0).path("value").asString()).isEqualTo("Ads");
		assertThat(definition.path("steps").get(1).path("title").asString()).isEqualTo("Your project");
		ObjectNode settings = (ObjectNode) definition.path("settings");
		settings.put("pipelineId", pipeline.path("id").asString());
		settings.put("stageId", pipeline.path("stages").get(0).path("id").asString());
		settings.put("minFillSeconds", 0);
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", json, JSON.writeValueAsString(definition));
		click(By.cssSelector("[data-testid=builder-view-visual]"));
		visible(By.cssSelector("[data-testid=builder-step-2] [data-testid=builder-field-budget]"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=form-definition]")).getAttribute("value"))
			.contains(pipeline.path("id").asString(), "127.0.0.1:" + sitePort);

		// The live preview is the hosted page of the draft.
		waiting().until(driver -> {
			driver.switchTo().frame(driver.findElement(By.cssSelector("[data-testid=builder-preview]")));
			try {
				return driver.findElements(By.cssSelector("#f-interest option[value=Ads]")).size() == 1
						&& driver.findElements(By.cssSelector(".gh-field[data-key=budget]")).size() == 1;
			}
			finally {
				driver.switchTo().defaultContent();
			}
		});

		click(By.cssSelector("[data-testid=form-save]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "draft was saved"));
		click(By.cssSelector("[data-testid=form-publish]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=form-status]"), "Published"));

		// A visitor on the other site.
		String visitor = uniqueEmail("form-visitor");
		browser.get("http://127.0.0.1:" + sitePort + "/?form=" + formId + "&app=" + port);
		WebElement frame = visible(By.cssSelector("iframe[data-gh-form]"));
		browser.switchTo().frame(frame);
		type(By.id("f-email"), visitor);
		new Select(visible(By.id("f-interest"))).selectByVisibleText("SEO");
		click(By.cssSelector("[data-step='0'] .gh-next"));
		visible(By.cssSelector("[data-step='1'] legend"));
		assertThat(browser.findElement(By.cssSelector(".gh-field[data-key=budget]")).isDisplayed()).as("no budget for SEO").isFalse();
		click(By.cssSelector("[data-step='1'] .gh-back"));
		new Select(visible(By.id("f-interest"))).selectByVisibleText("Ads");
		click(By.cssSelector("[data-step='0'] .gh-next"));
		type(By.id("f-budget"), "5000 a month");
		click(By.cssSelector("[data-step='1'] .gh-submit"));
		visible(By.cssSelector(".gh-done"));
		browser.switchTo().defaultContent();

		// Back in GrowthHub, once the background processor has run.
		String contactId = waiting().withTimeout(Duration.ofSeconds(30)).until(driver -> {
			JsonNode submission = api.get("/api/v1/forms/" + formId + "/submissions", token).body().path("items").path(0);
			return submission.path("status").asString("").equals("processed") ? submission.path("contactId").asString() : null;
		});
		assertThat(api.get("/api/v1/contacts/" + contactId, token).text("email")).isEqualToIgnoringCase(visitor);
		open("/contacts");
		waiting().until(driver -> driver.getPageSource().toLowerCase(java.util.Locale.ROOT).contains(visitor.toLowerCase(java.util.Locale.ROOT)));
		open("/contacts/" + contactId);
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=timeline-item]")).stream()
			.anyMatch(item -> item.getText().contains("Form submission")));
		open("/deals");
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=deal-card]")).stream()
			.anyMatch(card -> card.getText().contains("Quote request lead")));
		click(By.cssSelector("[data-testid=bell]"));
		assertThat(textOf(By.cssSelector("[data-testid=notification]"))).contains("submitted Quote request");

		// The form's page counts the visit and draws the drop-off per step.
		open(formPath);
		waiting().withMessage(() -> "drop-off rows on " + browser.getCurrentUrl() + ": "
				+ browser.findElement(By.tagName("body")).getText().lines().limit(15).toList())
			.until(driver -> driver.findElements(By.cssSelector("[data-testid=drop-off-row]")).size() == 2);
		visible(By.cssSelector("[data-testid=form-drop-off] canvas[data-drawn=true]"));
	}

	/** Drags with the mouse (SortableJS runs in its pointer-event mode, which Chromium's synthetic input drives). */
	private void drag(By source, By target) {
		WebElement from = visible(source);
		WebElement to = visible(target);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", to);
		new Actions(browser).moveToElement(from).clickAndHold().moveByOffset(8, 8).pause(Duration.ofMillis(100))
			.moveToElement(to).pause(Duration.ofMillis(100)).moveToElement(to, 0, to.getSize().getHeight() / 4)
			.pause(Duration.ofMillis(100)).release().perform();
	}

	/** Another site: one page that holds nothing but the form's embed script tag. */
	private static HttpServer embeddingSite() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String query = exchange.getRequestURI().getQuery();
			if (query == null) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			String form = query.replaceAll(".*form=([0-9a-f-]+).*", "$1");
			String app = query.replaceAll(".*app=([0-9]+).*", "$1");
			byte[] page = ("<!DOCTYPE html><html><head><title>Partner site</title></head><body><h1>Get a quote</h1>"
					+ "<script src=\"http://localhost:" + app + "/f/" + form + "/embed.js\"></script></body></html>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.start();
		return server;
	}
}
