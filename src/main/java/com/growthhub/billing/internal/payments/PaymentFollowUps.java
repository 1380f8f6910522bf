package com.growthhub.billing.internal.payments;

import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoicePaid;
import com.growthhub.billing.PaymentReceived;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.MoneyFormat;

/**
 * What a payment means for the rest of the product: a "payment" entry on the contact's timeline (once per payment,
 * however often the event is delivered), and a paid invoice moves the contact's open masterclass deal to Paid.
 */
@Component
class PaymentFollowUps {

	private static final Actor JOB = new Actor.Job("payments");

	private static final String PAID_STAGE = "Paid";

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	private final ContactDirectory contacts;

	private final PipelineFunnel funnel;

	private final MoneyFormat money;

	PaymentFollowUps(JdbcClient jdbc, TenantTransactions transactions, ContactDirectory contacts, PipelineFunnel funnel,
			MoneyFormat money) {
		this.money = money;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.funnel = funnel;
	}

	@ApplicationModuleListener
	void on(PaymentReceived received) {
		if (received.contactId() == null) {
			return;
		}
		transactions.run(received.organizationId(), JOB, () -> {
			int first = jdbc.sql("""
					update payments set timeline_logged = true
					where organization_id = ? and id = ? and not timeline_logged""")
				.params(received.organizationId().value(), received.paymentId().value()).update();
			if (first == 1) {
				contacts.logInteraction(received.organizationId(), JOB, received.contactId(), "payment",
						"Paid " + money.format(received.amountCents(), received.currency()), Instant.now(),
						Map.of("paymentId", received.paymentId().toString(), "invoiceId", received.invoiceId().toString(),
								"amountCents", received.amountCents(), "currency", received.currency()));
			}
		});
	}

	@ApplicationModuleListener
	void on(InvoicePaid paid) {
		if (paid.contactId() != null) {
			funnel.moveOpenDeal(paid.organizationId(), JOB, paid.contactId(), PipelineFunnel.MASTERCLASS, PAID_STAGE);
		}
	}
}
