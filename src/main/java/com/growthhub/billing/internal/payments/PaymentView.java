package com.growthhub.billing.internal.payments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One payment as lists and answers show it. */
public record PaymentView(UUID id, UUID invoiceId, @Nullable UUID contactId, PaymentMethod method, long amountCents,
		String currency, long refundedCents, @Nullable String reference, Instant receivedAt,
		@Nullable String stripePaymentIntentId, Instant createdAt) {
}
