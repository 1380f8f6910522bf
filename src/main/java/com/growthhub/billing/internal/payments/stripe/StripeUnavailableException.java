package com.growthhub.billing.internal.payments.stripe;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;
import com.stripe.exception.StripeException;

/** Stripe is not configured, or did not open a payment page: the customer is asked to try again later. */
public class StripeUnavailableException extends ProblemException {

	private StripeUnavailableException(HttpStatus status, String detail) {
		super(status, "Card payment unavailable", detail);
	}

	static StripeUnavailableException notConfigured() {
		return new StripeUnavailableException(HttpStatus.NOT_FOUND, "Card payments are not set up for this invoice.");
	}

	static StripeUnavailableException unexpectedAnswer() {
		return new StripeUnavailableException(HttpStatus.BAD_GATEWAY, "The payment provider did not open a payment page. Please try again later.");
	}

	static StripeUnavailableException failed(StripeException cause) {
		StripeUnavailableException ex = unexpectedAnswer();
		ex.initCause(cause);
		return ex;
	}
}
