package com.growthhub.billing.internal.payments.stripe;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A webhook delivery that is not believed or cannot be handled yet; Stripe retries what does not answer 2xx. */
public class StripeWebhookRefusedException extends ProblemException {

	private StripeWebhookRefusedException(HttpStatus status, String detail) {
		super(status, "Webhook refused", detail);
	}

	static StripeWebhookRefusedException notConfigured() {
		return new StripeWebhookRefusedException(HttpStatus.NOT_FOUND, "Stripe webhooks are not set up here.");
	}

	static StripeWebhookRefusedException unsigned() {
		return new StripeWebhookRefusedException(HttpStatus.BAD_REQUEST, "The Stripe-Signature header is missing.");
	}

	static StripeWebhookRefusedException badSignature(String reason) {
		// The library's reasons ("No signatures found matching the expected signature for payload", "Timestamp
		// outside the tolerance zone") name no secret, and tell a sender which check failed.
		return new StripeWebhookRefusedException(HttpStatus.BAD_REQUEST, "The Stripe-Signature is not valid: " + reason);
	}

	static StripeWebhookRefusedException unreadable() {
		return new StripeWebhookRefusedException(HttpStatus.BAD_REQUEST, "The body is not a Stripe event.");
	}

	static StripeWebhookRefusedException notYetKnown() {
		return new StripeWebhookRefusedException(HttpStatus.CONFLICT,
				"The payment this refund belongs to has not been received yet; deliver it again later.");
	}
}
