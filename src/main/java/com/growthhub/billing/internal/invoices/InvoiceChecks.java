package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The limits of a draft's values, checked before anything is stored, each failure a 400 naming the JSON field
 * ({@code lines[2].quantity}) so pages and programs can point at it.
 */
final class InvoiceChecks {

	static final int MAX_LINES = 200;

	private static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999");

	private static final long MAX_PRICE_CENTS = 1_000_000_000_000L;

	private InvoiceChecks() {
	}

	static String currency(@Nullable String code, String fallback) {
		if (code == null || code.isBlank()) {
			return fallback;
		}
		String upper = code.trim().toUpperCase(Locale.ROOT);
		try {
			return Currency.getInstance(upper).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw InvoiceInputException.field("currency", "must be an ISO 4217 currency code");
		}
	}

	static void lines(List<InvoiceLine> lines) {
		if (lines.size() > MAX_LINES) {
			throw InvoiceInputException.field("lines", "may have at most " + MAX_LINES + " lines");
		}
		for (int i = 0; i < lines.size(); i++) {
			line("lines[" + i + "].", lines.get(i));
		}
	}

	static void line(String prefix, InvoiceLine line) {
		if (line.description() == null || line.description().isBlank() || line.description().length() > 500) {
			throw InvoiceInputException.field(prefix + "description", "must be 1 to 500 characters");
		}
		if (line.quantity() == null || line.quantity().signum() <= 0 || line.quantity().compareTo(MAX_QUANTITY) > 0
				|| line.quantity().stripTrailingZeros().scale() > 4) {
			throw InvoiceInputException.field(prefix + "quantity", "must be more than 0, at most 99999999, with at most 4 decimals");
		}
		if (line.unitPriceCents() < 0 || line.unitPriceCents() > MAX_PRICE_CENTS) {
			throw InvoiceInputException.field(prefix + "unitPriceCents", "must be between 0 and " + MAX_PRICE_CENTS);
		}
		percent(prefix + "taxRate", line.taxRate());
		if (line.discountCents() != null && line.discountPercent() != null) {
			throw InvoiceInputException.field(prefix + "discountCents", "cannot be given together with discountPercent");
		}
		if (line.discountPercent() != null) {
			percent(prefix + "discountPercent", line.discountPercent());
		}
		if (line.discountCents() != null) {
			long subtotal = InvoiceTotals.line(new InvoiceLine(line.description(), line.quantity(), line.unitPriceCents(),
					BigDecimal.ZERO, null, null, null)).subtotalCents();
			if (line.discountCents() < 0 || line.discountCents() > subtotal) {
				throw InvoiceInputException.field(prefix + "discountCents", "must be between 0 and the line's amount (" + subtotal + ")");
			}
		}
	}

	static void percent(String field, @Nullable BigDecimal value) {
		if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
				|| value.stripTrailingZeros().scale() > 4) {
			throw InvoiceInputException.field(field, "must be a percent between 0 and 100 with at most 4 decimals");
		}
	}

	static @Nullable String notes(@Nullable String notes) {
		if (notes == null || notes.isBlank()) {
			return null;
		}
		if (notes.length() > 4000) {
			throw InvoiceInputException.field("notes", "must be at most 4000 characters");
		}
		return notes.strip();
	}
}
