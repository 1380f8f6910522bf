package com.growthhub.billing.internal.payments;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.billing.PaymentReceived;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.MoneyFormat;
import com.growthhub.platform.web.NotFoundException;

/** Emails every payment's receipt (PDF attached) to the invoice's contact, once, when they have an email address. */
@Component
class ReceiptMail {

	private static final Logger log = LoggerFactory.getLogger(ReceiptMail.class);

	private static final Actor JOB = new Actor.Job("receipts");

	private final Receipts receipts;

	private final PaymentRepository payments;

	private final ContactDirectory contacts;

	private final Outbox outbox;

	private final TenantTransactions transactions;

	private final MoneyFormat money;

	ReceiptMail(Receipts receipts, PaymentRepository payments, ContactDirectory contacts, Outbox outbox,
			TenantTransactions transactions, MoneyFormat money) {
		this.receipts = receipts;
		this.payments = payments;
		this.contacts = contacts;
		this.outbox = outbox;
		this.transactions = transactions;
		this.money = money;
	}

	@ApplicationModuleListener
	void on(PaymentReceived received) {
		if (received.contactId() == null) {
			return;
		}
		ContactDirectory.Addressee customer;
		Receipts.Receipt receipt;
		try {
			customer = contacts.addressee(received.organizationId(), JOB, received.contactId());
			receipt = receipts.render(received.organizationId(), JOB, received.paymentId().value());
		}
		catch (NotFoundException ex) {
			log.info("Receipt of payment {} not emailed: its contact is gone", received.paymentId());
			return;
		}
		if (customer.email() == null) {
			return;
		}
		String amount = money.format(received.amountCents(), received.currency());
		transactions.run(received.organizationId(), JOB, () -> {
			if (payments.markReceiptEmailed(received.organizationId(), received.paymentId().value())) {
				outbox.enqueue(new EmailRequest(received.organizationId(), null, customer.email(), "notification",
						"Receipt " + receipt.payment().receiptNumber(),
						Map.of("title", "Thank you for your payment",
								"body", "Hello " + customer.name() + ", we received " + amount + ". Your receipt "
										+ receipt.payment().receiptNumber() + " is attached."),
						null, List.of(new EmailRequest.Attachment(receipt.fileName(), "application/pdf", receipt.pdf())))
					.toContact(received.contactId().value()));
			}
		});
	}
}
