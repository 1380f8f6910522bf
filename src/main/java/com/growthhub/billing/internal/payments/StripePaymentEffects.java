package com.growthhub.billing.internal.payments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoiceLedger;
import com.growthhub.billing.PaymentId;
import com.growthhub.billing.PaymentRefunded;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * What Stripe's webhook events do here, each once: the event id is claimed in the transaction of its effect.
 *
 * <p>Order does not matter. A refund is kept as Stripe's cumulative {@code amount_refunded} per payment intent, which
 * only grows; whenever either the payment or a refund arrives, the part of that total not yet applied is refunded on
 * the invoice. So {@code charge.refunded} before {@code checkout.session.completed}, two refunds swapped, or an event
 * delivered twice all end in the same state.
 */
@Component
public class StripePaymentEffects {

	private static final Actor STRIPE = new Actor.Integration("stripe");

	private final PaymentRepository payments;

	private final PaymentBook book;

	private final InvoiceLedger ledger;

	private final TenantTransactions transactions;

	private final ApplicationEventPublisher events;

	StripePaymentEffects(PaymentRepository payments, PaymentBook book, InvoiceLedger ledger,
			TenantTransactions transactions, ApplicationEventPublisher events) {
		this.payments = payments;
		this.book = book;
		this.ledger = ledger;
		this.transactions = transactions;
		this.events = events;
	}

	public record CheckoutPaid(String eventId, String eventType, OrganizationId organization, UUID invoiceId,
			String checkoutSessionId, String paymentIntentId, long amountCents, String currency, Instant paidAt) {
	}

	public record ChargeRefunded(String eventId, String paymentIntentId, long totalRefundedCents) {
	}

	public void paid(CheckoutPaid event) {
		transactions.run(event.organization(), STRIPE, () -> {
			if (!payments.claimStripeEvent(event.organization(), event.eventId(), event.eventType())
					|| payments.existsForCheckoutSession(event.checkoutSessionId())) {
				return;
			}
			book.recordInTransaction(event.organization(), STRIPE,
					new NewPayment(event.invoiceId(), PaymentMethod.CARD, event.amountCents(), event.currency(), null,
							event.paidAt(), event.checkoutSessionId(), event.paymentIntentId()));
			applyRefunds(event.organization(), event.paymentIntentId());
		});
	}

	/**
	 * @param organization from the charge's metadata; empty when Stripe did not copy it, then the payment already
	 * recorded for the payment intent tells
	 * @return false when the organization is not known yet (the refund came first and carries no metadata): the
	 * caller answers an error so that Stripe delivers it again later
	 */
	public boolean refunded(ChargeRefunded event, Optional<OrganizationId> organization) {
		Optional<OrganizationId> owner = organization.or(() -> transactions
			.call(TenantScope.system(STRIPE), () -> payments.organizationOfPaymentIntent(event.paymentIntentId()))
			.map(OrganizationId::of));
		if (owner.isEmpty()) {
			return false;
		}
		OrganizationId org = owner.get();
		transactions.run(org, STRIPE, () -> {
			if (!payments.claimStripeEvent(org, event.eventId(), "charge.refunded")) {
				return;
			}
			payments.raiseRefundTotal(org, event.paymentIntentId(), event.totalRefundedCents());
			applyRefunds(org, event.paymentIntentId());
		});
		return true;
	}

	private void applyRefunds(OrganizationId organization, String paymentIntentId) {
		payments.lockByPaymentIntent(organization, paymentIntentId).ifPresent(payment -> {
			long total = Math.min(payments.refundTotal(organization, paymentIntentId), payment.amountCents());
			long unapplied = total - payment.refundedCents();
			if (unapplied > 0) {
				ledger.applyRefund(organization, InvoiceId.of(payment.invoiceId()), unapplied);
				payments.setRefunded(organization, payment.id(), total);
				events.publishEvent(new PaymentRefunded(organization, PaymentId.of(payment.id()),
						InvoiceId.of(payment.invoiceId()), unapplied, total, payment.currency(), Instant.now()));
			}
		});
	}
}
