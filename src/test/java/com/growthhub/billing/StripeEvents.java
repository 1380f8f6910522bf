package com.growthhub.billing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.stripe.Stripe;

/**
 * Webhook payloads shaped like Stripe's documented events, and their {@code Stripe-Signature} header computed as Stripe
 * does: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>" keyed with the endpoint secret>}.
 */
final class StripeEvents {

	private StripeEvents() {
	}

	static String signature(String payload, String secret, long timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String eventId() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}

	static String checkoutCompleted(String eventId, OrganizationIdAndInvoice ids, String sessionId, String paymentIntent,
			long amountCents, String currency) {
		return envelope(eventId, "checkout.session.completed", """
				{"id":"%s","object":"checkout.session","mode":"payment","status":"complete","payment_status":"paid",
				 "amount_total":%d,"currency":"%s","payment_intent":"%s","client_reference_id":"%s",
				 "metadata":{"growthhub_organization_id":"%s","growthhub_invoice_id":"%s"}}"""
			.formatted(sessionId, amountCents, currency, paymentIntent, ids.invoiceId(), ids.organizationId(), ids.invoiceId()));
	}

	static String chargeRefunded(String eventId, OrganizationIdAndInvoice ids, String paymentIntent, long amountCents,
			long amountRefunded, String currency) {
		return envelope(eventId, "charge.refunded", """
				{"id":"ch_%s","object":"charge","amount":%d,"amount_refunded":%d,"currency":"%s","refunded":%s,
				 "payment_intent":"%s","status":"succeeded",
				 "metadata":{"growthhub_organization_id":"%s","growthhub_invoice_id":"%s"}}"""
			.formatted(paymentIntent.substring(3), amountCents, amountRefunded, currency, amountRefunded == amountCents,
					paymentIntent, ids.organizationId(), ids.invoiceId()));
	}

	/** A charge.refunded whose charge carries no metadata (Stripe did not copy the payment intent's). */
	static String chargeRefundedWithoutMetadata(String eventId, String paymentIntent, long amountCents, long amountRefunded) {
		return envelope(eventId, "charge.refunded", """
				{"id":"ch_%s","object":"charge","amount":%d,"amount_refunded":%d,"currency":"usd","refunded":%s,
				 "payment_intent":"%s","status":"succeeded","metadata":{}}"""
			.formatted(paymentIntent.substring(3), amountCents, amountRefunded, amountRefunded == amountCents, paymentIntent));
	}

	private static String envelope(String eventId, String type, String object) {
		return """
				{"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,
				 "type":"%s","data":{"object":%s}}""".formatted(eventId, Stripe.API_VERSION,
				System.currentTimeMillis() / 1000, type, object);
	}

	record OrganizationIdAndInvoice(UUID organizationId, UUID invoiceId) {
	}
}
