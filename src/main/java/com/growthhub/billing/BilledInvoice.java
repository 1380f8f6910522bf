package com.growthhub.billing;

import java.util.List;

/** An issued invoice as other modules read it: its number, money and lines. */
public record BilledInvoice(InvoiceId invoiceId, String number, String currency, long totalCents, long creditedCents,
		long amountPaidCents, List<BilledLine> lines) {

	public BilledInvoice {
		lines = List.copyOf(lines);
	}
}
