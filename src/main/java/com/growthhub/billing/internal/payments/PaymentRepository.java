package com.growthhub.billing.internal.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** The payments table and Stripe's bookkeeping tables; every statement runs in the caller's transaction. */
@Repository
class PaymentRepository {

	private static final String COLUMNS = """
			id, invoice_id, contact_id, method, amount_cents, currency, refunded_cents, reference, received_at,
			stripe_payment_intent_id, receipt_number, created_at""";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(OrganizationId organization, NewPayment payment, @Nullable UUID contactId, String currency,
			String receiptNumber, @Nullable UUID recordedBy) {
		return jdbc.sql("""
				insert into payments (organization_id, invoice_id, contact_id, method, amount_cents, currency, reference,
				    received_at, stripe_checkout_session_id, stripe_payment_intent_id, receipt_number, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organization.value(), payment.invoiceId(), contactId, payment.method().key(), payment.amountCents(),
					currency, payment.reference(), Timestamp.from(payment.receivedAt()), payment.stripeCheckoutSessionId(),
					payment.stripePaymentIntentId(), receiptNumber, recordedBy)
			.query(UUID.class).single();
	}

	/** The next receipt sequence of the year; the counter row stays locked until the transaction ends. */
	long nextReceiptSequence(OrganizationId organization, int year) {
		return jdbc.sql("""
				insert into receipt_counters (organization_id, year, last_value) values (?, ?, 1)
				on conflict (organization_id, year) do update set last_value = receipt_counters.last_value + 1
				returning last_value""")
			.params(organization.value(), year).query(Long.class).single();
	}

	/** Marks the receipt emailed; false when it already was (a redelivered event). */
	boolean markReceiptEmailed(OrganizationId organization, UUID id) {
		return jdbc.sql("update payments set receipt_emailed_at = now() where organization_id = ? and id = ? and receipt_emailed_at is null")
			.params(organization.value(), id).update() == 1;
	}

	Optional<PaymentView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from payments where organization_id = ? and id = ?")
			.params(organization.value(), id).query(PaymentRepository::view).optional();
	}

	boolean existsForCheckoutSession(String sessionId) {
		return jdbc.sql("select exists (select 1 from payments where stripe_checkout_session_id = ?)")
			.param(sessionId).query(Boolean.class).single();
	}

	Optional<PaymentView> lockByPaymentIntent(OrganizationId organization, String paymentIntentId) {
		return jdbc.sql("select " + COLUMNS + " from payments where organization_id = ? and stripe_payment_intent_id = ? for update")
			.params(organization.value(), paymentIntentId).query(PaymentRepository::view).optional();
	}

	void setRefunded(OrganizationId organization, UUID id, long refundedCents) {
		jdbc.sql("update payments set refunded_cents = ? where organization_id = ? and id = ?")
			.params(refundedCents, organization.value(), id).update();
	}

	List<PaymentView> list(OrganizationId organization, PaymentFilter filter, @Nullable PageCursor after, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from payments where organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		if (filter.invoiceId() != null) {
			sql.append(" and invoice_id = ?");
			params.add(filter.invoiceId());
		}
		if (filter.contactId() != null) {
			sql.append(" and contact_id = ?");
			params.add(filter.contactId());
		}
		if (filter.method() != null) {
			sql.append(" and method = ?");
			params.add(filter.method().key());
		}
		if (filter.from() != null) {
			sql.append(" and received_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and received_at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (after != null) {
			sql.append(" and (received_at, id) < (?, ?)");
			params.add(Timestamp.from(after.instant()));
			params.add(after.id());
		}
		sql.append(" order by received_at desc, id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(PaymentRepository::view).list();
	}

	/** Monthly sums of what was received, less what was refunded, per currency, oldest month first. */
	List<MonthlyRevenue> revenueByMonth(OrganizationId organization, int months) {
		return jdbc.sql("""
				select to_char(date_trunc('month', received_at at time zone 'UTC'), 'YYYY-MM') as month, currency,
				       sum(amount_cents - refunded_cents) as cents
				from payments
				where organization_id = ? and received_at >= date_trunc('month', now() at time zone 'UTC') - make_interval(months => ?)
				group by 1, 2 order by 1, 2""")
			.params(organization.value(), months - 1)
			.query((rs, row) -> new MonthlyRevenue(rs.getString("month"), rs.getString("currency"), rs.getLong("cents")))
			.list();
	}

	/** Claims a Stripe event for this transaction: false when it was handled before. */
	boolean claimStripeEvent(OrganizationId organization, String eventId, String type) {
		return jdbc.sql("insert into stripe_events (event_id, organization_id, type) values (?, ?, ?) on conflict do nothing")
			.params(eventId, organization.value(), type).update() == 1;
	}

	/** Stripe's cumulative refunded amount only grows: an older report arriving late changes nothing. */
	void raiseRefundTotal(OrganizationId organization, String paymentIntentId, long refundedCents) {
		jdbc.sql("""
				insert into stripe_refund_totals (payment_intent_id, organization_id, refunded_cents) values (?, ?, ?)
				on conflict (payment_intent_id) do update
				set refunded_cents = greatest(stripe_refund_totals.refunded_cents, excluded.refunded_cents), updated_at = now()""")
			.params(paymentIntentId, organization.value(), refundedCents).update();
	}

	long refundTotal(OrganizationId organization, String paymentIntentId) {
		return jdbc.sql("select refunded_cents from stripe_refund_totals where organization_id = ? and payment_intent_id = ?")
			.params(organization.value(), paymentIntentId).query(Long.class).optional().orElse(0L);
	}

	/** Which organization a payment intent was paid in; for a system transaction (the webhook before it knows). */
	Optional<UUID> organizationOfPaymentIntent(String paymentIntentId) {
		return jdbc.sql("select organization_id from payments where stripe_payment_intent_id = ?")
			.param(paymentIntentId).query(UUID.class).optional();
	}

	private static PaymentView view(ResultSet rs, int row) throws SQLException {
		return new PaymentView(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
				rs.getObject("contact_id", UUID.class), PaymentMethod.fromKey(rs.getString("method")),
				rs.getLong("amount_cents"), rs.getString("currency"), rs.getLong("refunded_cents"),
				rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
				rs.getString("stripe_payment_intent_id"), rs.getString("receipt_number"), rs.getTimestamp("created_at").toInstant());
	}
}
