package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The money of an invoice, in exact integer minor units (cents; yen for a zero-decimal currency), computed line by line
 * and rounded on each line, half to even ("banker's rounding"), so that the printed lines always add up to the printed
 * totals:
 * <ol>
 * <li>line subtotal = quantity × unit price, rounded;</li>
 * <li>line discount = the discount amount, or line subtotal × discount percent / 100, rounded; never more than the
 * subtotal;</li>
 * <li>line tax = (line subtotal − line discount) × tax rate / 100, rounded;</li>
 * <li>line total = line subtotal − line discount + line tax;</li>
 * <li>the invoice's subtotal, discount, tax and total are the sums of the lines' (no rounding left to do).</li>
 * </ol>
 * Credit notes and payments never change these; they change what is due.
 */
public final class InvoiceTotals {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private InvoiceTotals() {
	}

	/** One line's amounts. */
	public record LineAmounts(long subtotalCents, long discountCents, long taxCents, long totalCents) {
	}

	/** The invoice's amounts and each line's, in the order of the lines. */
	public record Totals(List<LineAmounts> lines, long subtotalCents, long discountCents, long taxCents,
			long totalCents) {
	}

	public static Totals of(List<InvoiceLine> lines) {
		List<LineAmounts> amounts = lines.stream().map(InvoiceTotals::line).toList();
		long subtotal = 0;
		long discount = 0;
		long tax = 0;
		long total = 0;
		for (LineAmounts line : amounts) {
			subtotal = Math.addExact(subtotal, line.subtotalCents());
			discount = Math.addExact(discount, line.discountCents());
			tax = Math.addExact(tax, line.taxCents());
			total = Math.addExact(total, line.totalCents());
		}
		return new Totals(amounts, subtotal, discount, tax, total);
	}

	public static LineAmounts line(InvoiceLine line) {
		long subtotal = round(line.quantity().multiply(BigDecimal.valueOf(line.unitPriceCents())));
		long discount;
		if (line.discountCents() != null) {
			discount = line.discountCents();
		}
		else if (line.discountPercent() != null) {
			discount = round(BigDecimal.valueOf(subtotal).multiply(line.discountPercent()).divide(HUNDRED));
		}
		else {
			discount = 0;
		}
		discount = Math.min(discount, subtotal);
		long taxable = subtotal - discount;
		long tax = round(BigDecimal.valueOf(taxable).multiply(line.taxRate()).divide(HUNDRED));
		return new LineAmounts(subtotal, discount, tax, Math.addExact(taxable, tax));
	}

	private static long round(BigDecimal cents) {
		return cents.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
	}
}
