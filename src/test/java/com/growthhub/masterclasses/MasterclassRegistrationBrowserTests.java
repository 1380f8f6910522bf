package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserTestSupport;
import com.growthhub.billing.internal.payments.stripe.StripeCheckout;
import com.growthhub.billing.internal.payments.stripe.StripeWebhooks;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * In headless Chromium: staff create a paid masterclass with the form (and its cover image) and publish it; a visitor
 * opens its landing page (cover, countdown running, agenda, seats left), registers and is shown "Pay now" with the
 * invoice's page, pays by card through billing's Stripe Checkout (a WireMock Stripe, its signed webhook confirming the
 * payment); the join link is mailed and the staff's registrations table shows the registrant Paid.
 */
class MasterclassRegistrationBrowserTests extends BrowserTestSupport {

	@Autowired
	StripeCheckout checkout;

	@Autowired
	StripeWebhooks webhooks;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void staffPublishAVisitorRegistersAndPaysByCard() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("mc-browser");
		registerVerified(email);
		signIn(email);
		open("/masterclasses");
		visible(By.cssSelector("[data-testid=mc-empty]"));
		click(By.cssSelector("[data-testid=mc-new]"));
		String slug = "mc-" + UUID.randomUUID().toString().substring(0, 8);
		type(By.id("mc-title"), "Growth 101");
		type(By.id("mc-slug"), slug);
		type(By.id("mc-description"), "Three plays that fill a calendar.");
		type(By.id("mc-agenda"), "0 Welcome\n30 Pricing");
		LocalDateTime start = LocalDateTime.now().plusDays(2).withSecond(0).withNano(0);
		setValue("mc-starts", LOCAL.format(start));
		setValue("mc-ends", LOCAL.format(start.plusHours(1)));
		setValue("mc-price", "4900");
		setValue("mc-capacity", "25");
		java.nio.file.Path cover = java.nio.file.Files.createTempFile("cover", ".png");
		java.nio.file.Files.write(cover, CoverUpload.image("png", 60, 30));
		browser.findElement(By.id("mc-cover")).sendKeys(cover.toString());
		click(By.cssSelector("[data-testid=mc-form-save]"));
		assertThat(textOf(By.cssSelector("[data-testid=mc-detail-title]"))).isEqualTo("Growth 101");
		assertThat(textOf(By.cssSelector("[data-testid=mc-status]"))).isEqualTo("Draft");
		click(By.cssSelector("[data-testid=mc-publish]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=mc-status]")).equals("Published"));
		String detailPath = java.net.URI.create(browser.getCurrentUrl()).getPath();
		open("/masterclasses");
		waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
				"const img = document.querySelector('[data-testid=mc-list-cover]'); return img != null && img.complete && img.naturalWidth === 60;"));

		open("/mc/" + slug + "?utm_source=newsletter&utm_campaign=spring");
		assertThat(textOf(By.cssSelector("[data-testid=mc-title]"))).isEqualTo("Growth 101");
		waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
				"const img = document.querySelector('[data-testid=mc-cover]'); return img != null && img.complete && img.naturalWidth === 60;"));
		assertThat(textOf(By.cssSelector("[data-testid=mc-agenda]"))).contains("Welcome", "Pricing");
		assertThat(textOf(By.cssSelector("[data-testid=mc-seats]"))).isEqualTo("25 seats left");
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=mc-countdown]")).matches("\\d+ days \\d\\d:\\d\\d:\\d\\d"));
		String visitor = "ada-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		type(By.id("mc-name"), "Ada Lovelace");
		type(By.id("mc-email"), visitor);
		// The minimum fill time of the spam layers: a person takes longer than a bot.
		await().pollDelay(Duration.ofMillis(2100)).until(() -> true);
		click(By.cssSelector("[data-testid=mc-register]"));
		String pay = visible(By.cssSelector("[data-testid=mc-pay]")).getAttribute("href");
		assertThat(pay).contains("/i/");

		String payPath = java.net.URI.create(pay).getPath();
		try (StripeStub stripe = new StripeStub(checkout, webhooks)) {
			stripe.checkoutReturnsTo("http://localhost:" + port + payPath + "?paid=1");
			open(payPath);
			assertThat(browser.getPageSource()).contains("49.00");
			click(By.cssSelector("[data-testid=pay-button]"));
			waiting().until(driver -> driver.getCurrentUrl().endsWith("?paid=1"));
			assertThat(textOf(By.cssSelector("[data-testid=public-pay-slot]"))).contains("being confirmed");
			assertThat(stripe.sessionRequest()).containsEntry("line_items[0][price_data][unit_amount]", "4900")
				.containsEntry("line_items[0][price_data][currency]", "eur");

			StripeStub.Webhook paid = stripe.sessionPaid();
			assertThat(accounts().api().exchange("POST", "/webhooks/stripe", paid.payload(), null,
					Map.of("Stripe-Signature", paid.signature())).status()).isEqualTo(200);
			open(payPath);
			assertThat(textOf(By.cssSelector("[data-testid=invoice-paid]"))).contains("Paid");
		}

		ApiClient api = accounts().api();
		String token = accounts().accessToken(email);
		String classId = detailPath.substring(detailPath.lastIndexOf('/') + 1);
		String link = mailbox().latestLink(visitor, "masterclass-seat", "/mc/" + slug + "/live?join=");
		assertThat(link).contains("join=");

		open(detailPath + "?funnelStatus=paid");
		assertThat(textOf(By.cssSelector("[data-testid=mc-registrations]"))).contains("Ada Lovelace", visitor, "Paid");
		assertThat(textOf(By.cssSelector("[data-testid=mc-seats-taken]"))).isEqualTo("1 / 25");
		assertThat(api.get("/api/v1/masterclasses/" + classId + "/registrations", token).body().path("items").get(0)
			.path("utm").path("source").asString()).isEqualTo("newsletter");
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}
}
