package com.growthhub.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * In headless Chromium: an invoice created and issued through the invoice API is paid by the customer on its public
 * page (the pay button opens a WireMock Stripe Checkout whose page is a local one, then Stripe's signed webhook
 * arrives): the public page and the staff's invoice page show it paid and the contact's masterclass lead is Paid.
 * A second invoice is paid in part with the staff's "Record a payment" form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsBrowserTests extends BrowserTestSupport {

	private static final String WEBHOOK_SECRET = "whsec_browser_payments";

	private static final WireMockServer STRIPE = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		STRIPE.start();
	}

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry registry) {
		registry.add("growthhub.stripe.secret-key", () -> "sk_test_browser");
		registry.add("growthhub.stripe.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("growthhub.stripe.api-base", STRIPE::baseUrl);
	}

	@Autowired
	PipelineFunnel funnel;

	@AfterAll
	void stop() {
		STRIPE.stop();
	}

	@Test
	void theCustomerPaysOnThePublicPageAndTheLeadBecomesPaid() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("payments-browser");
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = accounts().api();
		OrganizationId organization = OrganizationId.of(UUID.fromString(api.get("/api/v1/me", token).text("organizationId")));
		String contact = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "type", "contact")), token)
			.text("id");
		String deal = funnel.moveContact(organization, new Actor.Job("test"), ContactId.of(UUID.fromString(contact)),
				PipelineFunnel.MASTERCLASS, "Invoiced", "Masterclass").orElseThrow().toString();
		String invoiceId = issuedInvoice(api, token, contact, 12_000);
		String publicPath = URI.create(api.get("/api/v1/invoices/" + invoiceId, token).text("publicUrl")).getPath();

		// Stripe's hosted page is out of reach here: the stub's session sends the customer straight to the success URL.
		STRIPE.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
				{"id":"cs_test_browser","object":"checkout.session","mode":"payment","status":"open","payment_status":"unpaid",
				 "url":"http://localhost:%d%s?paid=1"}""".formatted(port, publicPath))));

		open(publicPath);
		click(By.cssSelector("[data-testid=pay-button]"));
		waiting().until(driver -> driver.getCurrentUrl().endsWith("?paid=1"));
		assertThat(textOf(By.cssSelector("[data-testid=public-pay-slot]"))).contains("being confirmed");

		String payload = StripeEvents.checkoutCompleted(StripeEvents.eventId(),
				new StripeEvents.OrganizationIdAndInvoice(organization.value(), UUID.fromString(invoiceId)), "cs_test_browser",
				"pi_browser_" + UUID.randomUUID().toString().replace("-", ""), 12_000, "usd");
		assertThat(api.exchange("POST", "/webhooks/stripe", payload, null,
				Map.of("Stripe-Signature", StripeEvents.signature(payload, WEBHOOK_SECRET, Instant.now().getEpochSecond())))
			.status()).isEqualTo(200);

		open(publicPath);
		assertThat(textOf(By.cssSelector("[data-testid=invoice-paid]"))).contains("Paid");
		assertThat(browser.findElements(By.cssSelector("[data-testid=pay-button]"))).isEmpty();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api.get("/api/v1/deals/" + deal, token).text("stageName")).isEqualTo("Paid"));

		String second = issuedInvoice(api, token, contact, 5_000);
		signIn(email);
		open("/billing/invoices/" + invoiceId);
		assertThat(textOf(By.cssSelector("[data-testid=invoice-status]"))).isEqualToIgnoringCase("paid");
		assertThat(browser.findElements(By.cssSelector("[data-testid=record-payment]"))).isEmpty();

		open("/billing/invoices/" + second);
		type(By.id("payment-amount"), "20.00");
		type(By.id("payment-reference"), "Till 7");
		click(By.cssSelector("[data-testid=record-payment-submit]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=invoice-status]")).toLowerCase().contains("partially"));

		open("/billing/payments");
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=payment-row]")).size() == 2);
		assertThat(textOf(By.cssSelector("[data-testid=payments]"))).contains("$120.00", "$20.00", "Card", "Cash");
		assertThat(browser.findElements(By.cssSelector("[data-testid=chart]"))).hasSize(1);
	}

	private static String issuedInvoice(ApiClient api, String token, String contact, long cents) {
		ApiClient.Response created = api.post("/api/v1/invoices", Map.of("contactId", contact, "currency", "USD",
				"lines", List.of(Map.of("description", "Masterclass seat", "quantity", 1, "unitPriceCents", cents))), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String id = created.text("id");
		ApiClient.Response issued = api.post("/api/v1/invoices/" + id + "/issue", null, token);
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
		return id;
	}
}
