package com.growthhub.billing;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * A payment or refund the invoice cannot take: 409 when the invoice's status forbids it (a draft, a void invoice),
 * 422 when the amount is wrong for it (more than is due, more than was paid or is left to credit, not positive).
 */
public class InvoicePaymentRefusedException extends ProblemException {

	private InvoicePaymentRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static InvoicePaymentRefusedException wrongStatus(InvoiceId invoice, InvoiceStatus status) {
		return new InvoicePaymentRefusedException(HttpStatus.CONFLICT, "Not possible in this status",
				"The invoice is " + status.key() + ": payments, refunds and credit notes are recorded only on issued invoices.");
	}

	static InvoicePaymentRefusedException overpayment(InvoiceId invoice, long amountCents, long dueCents, String currency) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Payment exceeds the amount due",
				"The payment of " + amountCents + " " + currency + " cents is more than the " + dueCents + " still due.");
	}

	static InvoicePaymentRefusedException refundTooLarge(InvoiceId invoice, long amountCents, long paidCents, String currency) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Refund exceeds the amount paid",
				"The refund of " + amountCents + " " + currency + " cents is more than the " + paidCents + " paid.");
	}

	static InvoicePaymentRefusedException creditTooLarge(long amountCents, long creditableCents, String currency) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Credit exceeds the invoice",
				"A credit of " + amountCents + " " + currency + " cents is more than the " + creditableCents
						+ " left to credit on this invoice.");
	}

	static InvoicePaymentRefusedException notPositive(long amountCents) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Amount must be positive",
				"An amount of " + amountCents + " cents cannot be paid or refunded.");
	}
}
