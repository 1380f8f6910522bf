package com.growthhub.masterclasses;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.billing.internal.payments.stripe.StripeCheckout;
import com.growthhub.billing.internal.payments.stripe.StripeSettings;
import com.growthhub.billing.internal.payments.stripe.StripeWebhooks;
import com.stripe.Stripe;

/**
 * A WireMock Stripe shaped like its documented Checkout Sessions API (as billing's tests stub it), put under the running
 * application's Stripe beans for one test and taken away after it: the shared test context keeps Stripe off otherwise.
 * The webhook it signs is built from what the application itself sent to Stripe (the session's metadata and amount).
 */
final class StripeStub implements AutoCloseable {

	private static final String WEBHOOK_SECRET = "whsec_masterclass_browser";

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
	private final StripeCheckout checkout;
	private final StripeWebhooks webhooks;
	private final StripeSettings checkoutBefore;
	private final StripeSettings webhooksBefore;

	StripeStub(StripeCheckout checkout, StripeWebhooks webhooks) {
		this.checkout = checkout;
		this.webhooks = webhooks;
		server.start();
		StripeSettings stub = new StripeSettings("sk_test_masterclass_browser", WEBHOOK_SECRET, server.baseUrl());
		checkoutBefore = checkout.useForTests(stub);
		webhooksBefore = webhooks.useForTests(stub);
	}

	/** Stripe's hosted page is out of reach here: the session sends the customer straight back to {@code successUrl}. */
	void checkoutReturnsTo(String successUrl) {
		server.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
				{"id":"cs_test_mc","object":"checkout.session","mode":"payment","status":"open","payment_status":"unpaid",
				 "url":"%s"}""".formatted(successUrl))));
	}

	/** The form fields of the one Checkout Session the application opened. */
	Map<String, String> sessionRequest() {
		var requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
				urlEqualTo("/v1/checkout/sessions")));
		if (requests.size() != 1) {
			throw new IllegalStateException(requests.size() + " Checkout Sessions were opened, expected 1");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : requests.getFirst().getBodyAsString().split("&")) {
			String[] parts = pair.split("=", 2);
			fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return fields;
	}

	/** The {@code checkout.session.completed} event Stripe sends once that session is paid, and its signature header. */
	record Webhook(String payload, String signature) {
	}

	Webhook sessionPaid() {
		Map<String, String> session = sessionRequest();
		String organization = session.get("metadata[growthhub_organization_id]");
		String invoice = session.get("metadata[growthhub_invoice_id]");
		String payload = """
				{"id":"evt_%s","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,
				 "type":"checkout.session.completed","data":{"object":
				{"id":"cs_test_mc","object":"checkout.session","mode":"payment","status":"complete","payment_status":"paid",
				 "amount_total":%s,"currency":"%s","payment_intent":"pi_mc_%s","client_reference_id":"%s",
				 "metadata":{"growthhub_organization_id":"%s","growthhub_invoice_id":"%s"}}}}"""
			.formatted(random(), Stripe.API_VERSION, Instant.now().getEpochSecond(),
					session.get("line_items[0][price_data][unit_amount]"), session.get("line_items[0][price_data][currency]"),
					random(), invoice, organization, invoice);
		return new Webhook(payload, signature(payload, Instant.now().getEpochSecond()));
	}

	/** As Stripe signs: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>" keyed with the endpoint's secret>}. */
	private static String signature(String payload, long timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "t=" + timestamp + ",v1="
					+ HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String random() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}

	@Override
	public void close() {
		checkout.useForTests(checkoutBefore);
		webhooks.useForTests(webhooksBefore);
		server.stop();
	}
}
