package com.growthhub.analytics.internal.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.billing.BilledInvoice;
import com.growthhub.billing.BilledInvoices;
import com.growthhub.billing.CreditNoteIssued;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.billing.PaymentRefunded;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Books commission lines from billing's facts, each exactly once (its key is claimed in {@code commission_facts} in the
 * same transaction): a paid invoice earns by the rules valid on the day it was paid; refunds and credit notes after
 * payment reverse the share they took back. Lines go to the month of the fact in the organization's zone, or to the
 * next open month when that one is closed.
 */
@Component
class CommissionBook {

	private static final Actor BOOK = new Actor.Job("commissions");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final BilledInvoices invoices;
	private final CommissionRules rules;
	private final CommissionPeriods periods;
	private final CommissionLines lines;
	private final OrganizationPreferences preferences;

	CommissionBook(JdbcClient jdbc, TenantTransactions transactions, BilledInvoices invoices, CommissionRules rules,
			CommissionPeriods periods, CommissionLines lines, OrganizationPreferences preferences) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.invoices = invoices;
		this.rules = rules;
		this.periods = periods;
		this.lines = lines;
		this.preferences = preferences;
	}

	void paid(InvoicePaid event) {
		OrganizationId organization = event.organizationId();
		String key = "paid:" + event.invoiceId().value() + ":"
				+ (event.paymentId() == null ? "-" : event.paymentId().value());
		transactions.run(TenantScope.organization(organization, BOOK), () -> {
			if (!claim(organization, key)) {
				return;
			}
			invoices.find(organization, event.invoiceId()).ifPresent(invoice -> {
				long paid = Math.max(0, event.totalCents() - event.creditedCents());
				jdbc.sql("""
						insert into commission_invoices (organization_id, invoice_id, paid_source_key, paid_cents)
						values (?, ?, ?, ?) on conflict (organization_id, invoice_id) do update
						set paid_source_key = excluded.paid_source_key, paid_cents = excluded.paid_cents, credited_cents = 0,
						  refunded_cents = 0, taken_back_cents = 0""").params(organization.value(),
						event.invoiceId().value(), key, paid).update();
				Instant paidAt = event.paidAt() == null ? Instant.now() : event.paidAt();
				LocalDate paidOn = LocalDate.ofInstant(paidAt, zone(organization));
				List<RuleInForce> valid = rules.inForce(organization, paidOn);
				if (valid.isEmpty()) {
					return;
				}
				YearMonth month = CommissionMonths.openFrom(YearMonth.from(paidOn), periods.closedForBooking(organization));
				List<Earning> earnings = CommissionCalculator.earnings(paidInvoice(invoice, paid), valid, paidOn,
						(provider, currency) -> lines.monthRevenue(organization, provider, month, currency));
				earnings.forEach(earning -> lines.insertEarning(organization, invoice, earning, month, key, paidAt));
			});
		});
	}

	void refunded(PaymentRefunded event) {
		String key = "refund:" + event.paymentId().value() + ":" + event.refundedTotalCents();
		takeBack(event.organizationId(), event.invoiceId().value(), key, 0, event.amountCents(), event.refundedAt());
	}

	void credited(CreditNoteIssued event) {
		if (event.invoiceWasPaid()) {
			takeBack(event.organizationId(), event.invoiceId().value(), "credit:" + event.creditNoteId(),
					event.amountCents(), 0, event.issuedAt());
		}
	}

	private void takeBack(OrganizationId organization, UUID invoice, String key, long credited, long refunded,
			Instant at) {
		transactions.run(TenantScope.organization(organization, BOOK), () -> {
			if (!claim(organization, key)) {
				return;
			}
			jdbc.sql("""
					update commission_invoices set credited_cents = credited_cents + ?, refunded_cents = refunded_cents + ?
					where organization_id = ? and invoice_id = ?
					returning paid_source_key, paid_cents, least(paid_cents, greatest(credited_cents, refunded_cents)) as taken
					""").params(credited, refunded, organization.value(), invoice)
				.query((rs, n) -> new Occurrence(rs.getString(1), rs.getLong(2), rs.getLong(3))).optional()
				.ifPresent(occurrence -> {
					Set<YearMonth> closed = periods.closedForBooking(organization);
					YearMonth month = CommissionMonths.openFrom(YearMonth.from(at.atZone(zone(organization))), closed);
					List<Reversals.Reversal> reversals = Reversals.towards(
							lines.earned(organization, invoice, occurrence.paidKey()), occurrence.paidCents(),
							occurrence.takenBackCents());
					reversals.forEach(reversal -> lines.insertReversal(organization, reversal, month, key, at));
					jdbc.sql("update commission_invoices set taken_back_cents = ? where organization_id = ? and invoice_id = ?")
						.params(occurrence.takenBackCents(), organization.value(), invoice).update();
				});
		});
	}

	private record Occurrence(String paidKey, long paidCents, long takenBackCents) {
	}

	private boolean claim(OrganizationId organization, String key) {
		return jdbc.sql("""
				insert into commission_facts (organization_id, source_key) values (?, ?)
				on conflict (organization_id, source_key) do nothing""").params(organization.value(), key).update() == 1;
	}

	private ZoneId zone(OrganizationId organization) {
		return preferences.timeZone(organization);
	}

	private static PaidInvoice paidInvoice(BilledInvoice invoice, long paid) {
		return new PaidInvoice(invoice.invoiceId().value(), invoice.number(), invoice.currency(), invoice.totalCents(),
				paid, invoice.lines().stream()
					.map(line -> new PaidInvoice.Line(line.id(), line.totalCents(), line.providerId(), line.procedureCode()))
					.toList());
	}
}
