package com.growthhub.billing;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * A payment or refund the invoice cannot take: 409 when the invoice's status forbids it (a draft, a void invoice),
 * 422 when the amount is wrong for it (more than is due, more than was paid, not positive).
 */
public class InvoicePaymentRefusedException extends ProblemException {

	private InvoicePaymentRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static InvoicePaymentRefusedException wrongStatus(InvoiceId invoice, InvoiceStatus status) {
		return new InvoicePaymentRefusedException(HttpStatus.CONFLICT, "Invoice does not take payments",
				"The invoice is " + status.key() + ": payments and refunds are recorded only on issued invoices.");
	}

	static InvoicePaymentRefusedException overpayment(InvoiceId invoice, long amountCents, long dueCents, String currency) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Payment exceeds the amount due",
				"The payment of " + amountCents + " " + currency + " cents is more than the " + dueCents + " still due.");
	}

	static InvoicePaymentRefusedException refundTooLarge(InvoiceId invoice, long amountCents, long paidCents, String currency) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Refund exceeds the amount paid",
				"The refund of " + amountCents + " " + currency + " cents is more than the " + paidCents + " paid.");
	}

	static InvoicePaymentRefusedException notPositive(long amountCents) {
		return new InvoicePaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Amount must be positive",
				"An amount of " + amountCents + " cents cannot be paid or refunded.");
	}
}
