package com.growthhub.analytics.internal.commissions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.billing.CreditNoteIssued;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.billing.PaymentRefunded;

/** Billing's facts that earn or take back commissions. */
@Component
class CommissionListeners {

	private final CommissionBook book;

	CommissionListeners(CommissionBook book) {
		this.book = book;
	}

	@ApplicationModuleListener
	void on(InvoicePaid event) {
		book.paid(event);
	}

	@ApplicationModuleListener
	void on(PaymentRefunded event) {
		book.refunded(event);
	}

	@ApplicationModuleListener
	void on(CreditNoteIssued event) {
		book.credited(event);
	}
}
