package com.growthhub.billing.internal.payments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One payment as lists and answers show it. */
public record PaymentView(UUID id, UUID invoiceId, @Nullable UUID contactId, PaymentMethod method, long amountCents,
		String currency, long refundedCents, @Nullable String reference, Instant receivedAt,
		@Nullable String stripePaymentIntentId, String receiptNumber, Instant createdAt) {

	/** A payment's receipt has the payment's id ({@code GET /api/v1/receipts/{id}/pdf}). */
	@JsonProperty("receiptId")
	public UUID receiptId() {
		return id;
	}
}
