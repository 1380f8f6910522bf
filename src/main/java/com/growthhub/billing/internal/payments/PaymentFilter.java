package com.growthhub.billing.internal.payments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The payments list's filters; every one optional, {@code to} exclusive. */
public record PaymentFilter(@Nullable UUID invoiceId, @Nullable UUID contactId, @Nullable PaymentMethod method,
		@Nullable Instant from, @Nullable Instant to) {

	public static PaymentFilter none() {
		return new PaymentFilter(null, null, null, null, null);
	}
}
