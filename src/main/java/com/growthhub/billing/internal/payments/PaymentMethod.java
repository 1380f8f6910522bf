package com.growthhub.billing.internal.payments;

import java.util.Locale;

/** How the money came: {@code card} is Stripe Checkout; the others are recorded by staff. */
public enum PaymentMethod {

	CARD, CASH, BANK_TRANSFER, CARD_TERMINAL, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static PaymentMethod fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}
}
