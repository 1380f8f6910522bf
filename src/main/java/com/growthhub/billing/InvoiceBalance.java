package com.growthhub.billing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * An invoice's money after a change of the ledger: what it is worth, what was paid and what is still due, in integer
 * cents of {@code currency}. {@code amountDueCents} is {@code max(0, total − credited − paid)}; a payment that was
 * later credited leaves {@link #refundableCreditCents()} for a refund. {@code previousStatus} is the status before the
 * change, so a caller can tell whether the invoice just became paid.
 */
public record InvoiceBalance(OrganizationId organizationId, InvoiceId invoiceId, UUID contactId,
		@Nullable String number, String currency, InvoiceStatus previousStatus, InvoiceStatus status, long totalCents,
		long creditedCents, long amountPaidCents, long amountDueCents) {

	/** The invoice is paid now and was not before this change. */
	public boolean becamePaid() {
		return status == InvoiceStatus.PAID && previousStatus != InvoiceStatus.PAID;
	}

	/** Paid beyond what is owed after credit notes: money the customer may get back. */
	public long refundableCreditCents() {
		return Math.max(0, amountPaidCents + creditedCents - totalCents);
	}

	/** The balance after a payment of {@code amountCents}; refused on drafts, void invoices and overpayment. */
	public InvoiceBalance afterPayment(long amountCents) {
		if (amountCents <= 0) {
			throw InvoicePaymentRefusedException.notPositive(amountCents);
		}
		if (!status.acceptsPayments()) {
			throw InvoicePaymentRefusedException.wrongStatus(invoiceId, status);
		}
		if (amountCents > amountDueCents) {
			throw InvoicePaymentRefusedException.overpayment(invoiceId, amountCents, amountDueCents, currency);
		}
		long paid = amountPaidCents + amountCents;
		long due = due(paid);
		InvoiceStatus next = due == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
		return with(next, paid, due);
	}

	/**
	 * The balance after giving back {@code amountCents} of what was paid: a paid invoice that is owed again becomes
	 * {@code partially_paid} (something still paid) or {@code open} (nothing left paid); refusing more than was paid.
	 */
	public InvoiceBalance afterRefund(long amountCents) {
		if (amountCents <= 0) {
			throw InvoicePaymentRefusedException.notPositive(amountCents);
		}
		if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.VOID) {
			throw InvoicePaymentRefusedException.wrongStatus(invoiceId, status);
		}
		if (amountCents > amountPaidCents) {
			throw InvoicePaymentRefusedException.refundTooLarge(invoiceId, amountCents, amountPaidCents, currency);
		}
		long paid = amountPaidCents - amountCents;
		long due = due(paid);
		InvoiceStatus next = status == InvoiceStatus.UNCOLLECTIBLE ? status
				: due == 0 ? InvoiceStatus.PAID : paid > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
		return with(next, paid, due);
	}

	/**
	 * The balance after a credit note of {@code amountCents}: less is due; a paid invoice stays paid and the credit
	 * becomes refundable; an invoice credited down to nothing due is {@code paid}, as nothing more is owed. Refused above
	 * what is left to credit (the total less earlier credit notes) and on drafts and void invoices.
	 */
	public InvoiceBalance afterCredit(long amountCents) {
		if (amountCents <= 0) {
			throw InvoicePaymentRefusedException.notPositive(amountCents);
		}
		if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.VOID || status == InvoiceStatus.UNCOLLECTIBLE) {
			throw InvoicePaymentRefusedException.wrongStatus(invoiceId, status);
		}
		if (amountCents > totalCents - creditedCents) {
			throw InvoicePaymentRefusedException.creditTooLarge(amountCents, totalCents - creditedCents, currency);
		}
		long credited = creditedCents + amountCents;
		long due = Math.max(0, totalCents - credited - amountPaidCents);
		InvoiceStatus next = due == 0 ? InvoiceStatus.PAID : amountPaidCents > 0 ? InvoiceStatus.PARTIALLY_PAID
				: InvoiceStatus.OPEN;
		return new InvoiceBalance(organizationId, invoiceId, contactId, number, currency, status, next, totalCents,
				credited, amountPaidCents, due);
	}

	private long due(long paid) {
		return Math.max(0, totalCents - creditedCents - paid);
	}

	private InvoiceBalance with(InvoiceStatus next, long paid, long due) {
		return new InvoiceBalance(organizationId, invoiceId, contactId, number, currency, status, next, totalCents,
				creditedCents, paid, due);
	}
}
