package com.growthhub.billing;

import java.util.Locale;

/**
 * Where an invoice stands: {@code draft} (editable, no number) → {@code open} (issued, owed) → {@code partially_paid}
 * / {@code paid}; an issued invoice may instead become {@code void} (never owed, keeps its number) or
 * {@code uncollectible} (written off, may still be paid late).
 */
public enum InvoiceStatus {

	DRAFT, OPEN, PARTIALLY_PAID, PAID, VOID, UNCOLLECTIBLE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static InvoiceStatus fromKey(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	/** Whether payments may be recorded against an invoice in this status. */
	public boolean acceptsPayments() {
		return this == OPEN || this == PARTIALLY_PAID || this == UNCOLLECTIBLE;
	}
}
