package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The analytics journey in headless Chromium, the way the people involved go through it: the owner creates a campaign
 * with its UTM values and this month's spend in the pages; a visitor arriving from the ad fills the published form on
 * its hosted page (the hidden fields capture the UTM values of the address) and then books a consultation on the
 * public booking page with the same email; the owner marks the consultation completed on the appointments page, writes
 * an invoice whose line names the surgeon and the procedure in the invoice editor, issues it and records its payment.
 * The dashboard then shows the lead, the consult booked and held, cost per show and ROAS of the campaign, and the
 * commission report the surgeon's share (a percent of the paid amount and a flat fee for the procedure), each compared
 * with a figure worked out by hand from the spend and the invoice. Only the form, the booking page's settings, the
 * surgeon and their rules are made through the API, as a setup.
 */
class AnalyticsBrowserTests extends BrowserTestSupport {

	private static final String SPEND = "600.00";

	@Test
	void aLeadFromAnAdThroughBookingShowAndPaymentShowsCostPerShowRoasAndCommission() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("analytics-browser");
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = accounts().api();
		String formId = publishedLeadForm(api, token);
		String slug = consultBookingPage(api, token);
		String provider = surgeonOnTenPercent(api, token);

		signIn(email);
		click(By.cssSelector("[data-testid=nav-analytics]"));
		open("/analytics/campaigns/new");
		type(By.id("name"), "Winter glow");
		new Select(visible(By.id("platform"))).selectByValue("facebook");
		type(By.id("utmSource"), "facebook");
		type(By.id("utmMedium"), "paid_social");
		type(By.id("utmCampaign"), "winter-glow");
		click(By.cssSelector("[data-testid=campaign-save]"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=spend-grid]")).isEmpty());
		String campaignId = URI.create(browser.getCurrentUrl()).getPath().substring("/analytics/campaigns/".length());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String month = today.toString().substring(0, 7);
		By amount = By.cssSelector("[data-testid=spend-row][data-month='" + month + "'] input[name=amount]");
		type(amount, SPEND);
		click(By.cssSelector("[data-testid=spend-row][data-month='" + month + "'] button[type=submit]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=spend-total]")).contains("600"));

		// The visitor, in a browser of their own (not signed in), comes from the ad with its UTM values in the address.
		String visitor = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		WebDriver owner = browser;
		browser = newBrowser();
		open("/f/" + formId + "?utm_source=facebook&utm_medium=paid_social&utm_campaign=Winter-Glow");
		type(By.id("f-email"), visitor);
		type(By.id("f-first"), "Grace");
		type(By.id("f-last"), "Glowlead");
		click(By.cssSelector(".gh-submit"));
		visible(By.cssSelector(".gh-done"));
		JsonNode submission = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
				() -> api.get("/api/v1/forms/" + formId + "/submissions", token).body().path("items").path(0),
				item -> item.path("status").asString().equals("processed"));
		String lead = submission.path("contactId").asString();
		assertThat(lead).as("the submission made a contact").isNotBlank();

		open("/book/" + slug);
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=slot]")).isEmpty());
		click(By.cssSelector("[data-testid=slot]"));
		type(By.id("booking-name"), "Grace Glowlead");
		type(By.id("booking-email"), visitor);
		click(By.cssSelector("[data-testid=booking-submit]"));
		visible(By.cssSelector("[data-testid=booking-done]"));
		JsonNode appointment = api.get("/api/v1/appointments", token).body().path("items").get(0);
		assertThat(appointment.path("contactId").asString()).as("the booking found the form's lead by email")
			.isEqualTo(lead);

		browser = owner;
		open("/scheduling/appointments");
		String row = "[data-testid=appointment-row][data-id='" + appointment.path("id").asString() + "'] ";
		click(By.cssSelector(row + "[data-testid=mark-completed]"));
		waiting().until(driver -> textOf(By.cssSelector(row + "[data-testid=appointment-status]")).equals("Completed"));

		click(By.cssSelector("[data-testid=nav-invoices]"));
		click(By.cssSelector("[data-testid=new-invoice]"));
		pickContact("invoice-contact", "Grace", "Grace Glowlead");
		type(By.cssSelector("[data-testid=line-description]"), "Rhinoplasty");
		type(By.cssSelector("[data-testid=line-price]"), "1250");
		new Select(visible(By.cssSelector("[data-testid=line-provider]"))).selectByVisibleText("Dr. Glow");
		new Select(visible(By.cssSelector("[data-testid=line-procedure]"))).selectByValue("RHINO");
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=preview-total]")).equals("$1,250.00"));
		click(By.cssSelector("[data-testid=save-invoice]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/billing/invoices/[0-9a-f-]{36}$"));
		click(By.cssSelector("[data-testid=issue-invoice]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=invoice-status]")).equals("Open"));
		String invoiceNumber = textOf(By.cssSelector("[data-testid=invoice-number]"));
		assertThat(textOf(By.cssSelector("[data-testid=invoice-line]"))).contains("Rhinoplasty", "RHINO", "$1,250.00");
		type(By.id("payment-amount"), "1250.00");
		click(By.cssSelector("[data-testid=record-payment-submit]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=invoice-status]")).equals("Paid"));

		String wholeMonth = "from=" + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(today.lengthOfMonth());
		// KPI events and commissions are recorded after commit, each by its own listener, in no set order.
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api.get("/api/v1/analytics/funnel?" + wholeMonth, token).body().path("steps").valueStream()
					.map(step -> step.path("count").asLong()).toList()).containsExactly(1L, 1L, 1L, 1L));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/v1/commissions"
				+ "?providerId=" + provider + "&from=" + month + "&to=" + month, token).body().path("items")).hasSize(2));

		click(By.cssSelector("[data-testid=nav-analytics]"));
		open("/analytics?" + wholeMonth);
		String campaignRow = "[data-testid=campaign-table] tr[data-campaign='" + campaignId + "']";
		waiting().until(driver -> driver.findElement(By.cssSelector(campaignRow)).getText().startsWith("Winter glow"));
		// one lead, one consult booked and held, $1,250.00 paid, against $600.00 of spend
		assertThat(cell(campaignRow, 4)).as("leads").isEqualTo("1");
		assertThat(cell(campaignRow, 5)).as("cost per lead: $600.00 / 1").isEqualTo("$600.00");
		assertThat(cell(campaignRow, 6)).as("consults booked").isEqualTo("1");
		assertThat(cell(campaignRow, 7)).as("consults held").isEqualTo("1");
		assertThat(cell(campaignRow, 10)).as("revenue").isEqualTo("$1,250.00");
		assertThat(textOf(By.cssSelector(campaignRow + " [data-cell=cost-per-show]")))
			.as("cost per show: $600.00 / 1").isEqualTo("$600.00");
		assertThat(textOf(By.cssSelector(campaignRow + " [data-cell=roas]")))
			.as("ROAS: $1,250.00 / $600.00 = 2.0833…").isEqualTo("2.08×");
		assertThat(textOf(By.cssSelector("[data-figure=costPerShowCents]"))).isEqualTo("$600.00");
		assertThat(textOf(By.cssSelector("[data-figure=roas]"))).isEqualTo("2.08×");
		for (String step : List.of("click", "booked", "show", "paid")) {
			assertThat(textOf(By.cssSelector("[data-testid=chart-funnel] tr[data-step=" + step + "] [data-cell=count]")))
				.as(step).isEqualTo("1");
		}
		waiting().until(driver -> driver.findElements(By.cssSelector("canvas[data-chart][data-drawn=true]")).size() >= 3);

		new Select(visible(By.cssSelector("[data-testid=report-model]"))).selectByValue("last_touch");
		click(By.cssSelector("[data-testid=report-apply]"));
		waiting().until(driver -> driver.getCurrentUrl().contains("model=last_touch"));
		assertThat(textOf(By.cssSelector(campaignRow + " [data-cell=roas]"))).isEqualTo("2.08×");

		// The surgeon earns 10 % of the paid $1,250.00 ($125.00) and $50.00 for the RHINO line: $175.00, both traced
		// to the invoice.
		click(By.cssSelector("[data-testid=analytics-commissions]"));
		open("/analytics/commissions?providerId=" + provider + "&from=" + month + "&to=" + month);
		List<String> lines = browser.findElements(By.cssSelector("[data-testid=commission-table] tbody tr")).stream()
			.map(WebElement::getText).sorted().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.getFirst()).contains("Dr. Glow", invoiceNumber, "RHINO", "$1,250.00", "$50.00");
		assertThat(lines.getLast()).contains("Dr. Glow", invoiceNumber, "Percent", "$1,250.00", "$125.00")
			.doesNotContain("RHINO");
		assertThat(textOf(By.cssSelector("[data-testid=commission-totals] tbody tr"))).contains("Dr. Glow")
			.endsWith("$175.00");
	}

	/** The text of the {@code n}th cell (1-based) of a campaign's row on the dashboard. */
	private String cell(String campaignRow, int n) {
		return textOf(By.cssSelector(campaignRow + " td:nth-child(" + n + ")"));
	}

	/** A lead form whose hidden fields capture the UTM values of the page's address, published. */
	private static String publishedLeadForm(ApiClient api, String token) {
		Map<String, Object> definition = Map.of("fields", List.of(
				Map.of("key", "email", "type", "email", "label", "Email", "required", true, "mapsTo", "email"),
				Map.of("key", "first", "type", "text", "label", "First name", "required", true, "mapsTo", "firstName"),
				Map.of("key", "last", "type", "text", "label", "Last name", "required", true, "mapsTo", "lastName"),
				Map.of("key", "src", "type", "hidden", "label", "Source", "captures", "utm_source"),
				Map.of("key", "med", "type", "hidden", "label", "Medium", "captures", "utm_medium"),
				Map.of("key", "cmp", "type", "hidden", "label", "Campaign", "captures", "utm_campaign")),
				"settings", Map.of("proofOfWork", false, "minFillSeconds", 0));
		ApiClient.Response form = api.post("/api/v1/forms", Map.of("name", "Winter glow consult", "definition",
				definition), token);
		assertThat(form.status()).as(form.body().toString()).isEqualTo(201);
		String id = form.text("id");
		assertThat(api.post("/api/v1/forms/" + id + "/publish", null, token).status()).isEqualTo(200);
		return id;
	}

	/** The owner available every day from 9 to 5 in New York, with a public consultation page; returns its slug. */
	private static String consultBookingPage(ApiClient api, String token) {
		String ownerId = api.get("/api/v1/me", token).text("id");
		List<Map<String, String>> week = Arrays.stream(DayOfWeek.values())
			.map(day -> Map.of("day", day.name().toLowerCase(Locale.ROOT), "start", "09:00", "end", "17:00"))
			.toList();
		assertThat(api.exchange("PUT", "/api/v1/availability", Map.of("timeZone", "America/New_York", "weeklyHours",
				week, "minimumNoticeMinutes", 60), token, Map.of()).status()).isEqualTo(200);
		String slug = "glow-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/v1/booking-pages", Map.of("slug", slug, "title", "Consultation", "durationMinutes", 30,
				"repIds", List.of(ownerId)), token).status()).isEqualTo(201);
		return slug;
	}

	/**
	 * Dr. Glow, a surgeon earning 10 % of the paid amount of every invoice naming them and $50.00 more for each RHINO
	 * line; returns their id.
	 */
	private static String surgeonOnTenPercent(ApiClient api, String token) {
		String provider = api.post("/api/v1/providers", Map.of("name", "Dr. Glow", "role", "surgeon"), token).text("id");
		assertThat(api.post("/api/v1/commission-rules", Map.of("providerId", provider, "validFrom", "2020-01-01", "rule",
				Map.of("type", "percent", "percentBp", 1000)), token).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/commission-rules", Map.of("providerId", provider, "validFrom", "2020-01-01", "rule",
				Map.of("type", "flat_per_procedure", "procedureCode", "RHINO", "amountCents", 5_000, "currency", "USD")),
				token).status()).isEqualTo(201);
		return provider;
	}
}
