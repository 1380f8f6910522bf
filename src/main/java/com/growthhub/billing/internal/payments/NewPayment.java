package com.growthhub.billing.internal.payments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A payment about to be recorded against an invoice (the Stripe ids only for a Checkout payment). */
public record NewPayment(UUID invoiceId, PaymentMethod method, long amountCents, @Nullable String currency,
		@Nullable String reference, Instant receivedAt, @Nullable String stripeCheckoutSessionId,
		@Nullable String stripePaymentIntentId) {
}
