package com.growthhub.billing.internal.payments;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoiceBalance;
import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoiceLedger;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.billing.PaymentId;
import com.growthhub.billing.PaymentReceived;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Records payments against invoices. The invoice's amounts move only through {@link InvoiceLedger}, inside the
 * transaction that inserts the payment, so a payment and its effect on the invoice commit together or not at all.
 */
@Component
public class PaymentBook {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 200;

	private final PaymentRepository payments;

	private final InvoiceLedger ledger;

	private final TenantTransactions transactions;

	private final ApplicationEventPublisher events;

	PaymentBook(PaymentRepository payments, InvoiceLedger ledger, TenantTransactions transactions,
			ApplicationEventPublisher events) {
		this.payments = payments;
		this.ledger = ledger;
		this.transactions = transactions;
		this.events = events;
	}

	public record Page(List<PaymentView> items, @Nullable String nextCursor) {
	}

	public PaymentView record(OrganizationId organization, Actor actor, NewPayment payment) {
		return transactions.call(organization, actor, () -> recordInTransaction(organization, actor, payment));
	}

	/** For callers already in the organization's transaction (the Stripe webhook). */
	PaymentView recordInTransaction(OrganizationId organization, Actor actor, NewPayment payment) {
		InvoiceBalance balance = ledger.applyPayment(organization, InvoiceId.of(payment.invoiceId()), payment.amountCents());
		if (payment.currency() != null && !payment.currency().equalsIgnoreCase(balance.currency())) {
			throw PaymentRefusedException.currencyMismatch(balance.currency());
		}
		int year = payment.receivedAt().atZone(ZoneOffset.UTC).getYear();
		String receipt = "RCT-%d-%04d".formatted(year, payments.nextReceiptSequence(organization, year));
		UUID id = payments.insert(organization, payment, balance.contactId(), balance.currency(), receipt, actor.userId());
		ContactId contact = ContactId.of(balance.contactId());
		events.publishEvent(new PaymentReceived(organization, PaymentId.of(id), InvoiceId.of(payment.invoiceId()), contact,
				payment.amountCents(), balance.currency()));
		if (balance.becamePaid()) {
			events.publishEvent(new InvoicePaid(organization, InvoiceId.of(payment.invoiceId()), contact,
					balance.totalCents(), balance.currency(), PaymentId.of(id), payment.receivedAt(), balance.creditedCents()));
		}
		return payments.find(organization, id).orElseThrow();
	}

	public PaymentView get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> payments.find(organization, id))
			.orElseThrow(() -> com.growthhub.platform.web.NotFoundException.of("The payment"));
	}

	public Page list(OrganizationId organization, Actor actor, PaymentFilter filter, @Nullable PageCursor cursor,
			int limit) {
		int size = Math.clamp(limit, 1, MAX_LIMIT);
		List<PaymentView> rows = transactions.call(organization, actor,
				() -> payments.list(organization, filter, cursor, size + 1));
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		PaymentView last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.receivedAt(), last.id()).encode());
	}

	public List<MonthlyRevenue> revenueByMonth(OrganizationId organization, Actor actor, int months) {
		return transactions.call(organization, actor, () -> payments.revenueByMonth(organization, months));
	}
}
