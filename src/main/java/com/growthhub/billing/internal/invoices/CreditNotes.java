package com.growthhub.billing.internal.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.billing.CreditNoteIssued;
import com.growthhub.billing.InvoiceBalance;
import com.growthhub.billing.InvoiceId;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Credit notes take an amount off an issued invoice (open, partially paid or paid), numbered gaplessly like invoices
 * ({@code CN-2026-0001}). On an unpaid invoice they lower what is due; on a paid one the credit becomes money the
 * customer may get back ({@link InvoiceBalance#refundableCreditCents()}), which the payments side refunds.
 */
@Service
public class CreditNotes {

	public record Page(List<CreditNoteView> items, @Nullable String nextCursor) {
	}

	private static final String COLUMNS = """
			c.id, c.invoice_id, i.number as invoice_number, c.number, c.amount_cents, c.currency, c.reason, c.created_at
			from credit_notes c join invoices i on i.id = c.invoice_id
			""";

	private final JdbcClient jdbc;
	private final InvoiceRepository invoices;
	private final InvoiceNumbers numbers;
	private final TenantTransactions transactions;
	private final BillingAccess access;
	private final OrganizationPreferences preferences;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	CreditNotes(JdbcClient jdbc, InvoiceRepository invoices, InvoiceNumbers numbers, TenantTransactions transactions,
			BillingAccess access, OrganizationPreferences preferences,
			org.springframework.beans.factory.ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.numbers = numbers;
		this.transactions = transactions;
		this.access = access;
		this.preferences = preferences;
		// Tests may fix the date with a Clock bean; the application itself has none and uses the system clock.
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public CreditNoteView create(OrganizationId organization, Actor actor, UUID invoiceId, long amountCents,
			@Nullable String reason) {
		access.bill(organization, actor);
		if (reason != null && reason.length() > 1000) {
			throw InvoiceInputException.field("reason", "must be at most 1000 characters");
		}
		UUID id = Ids.next();
		transactions.run(organization, actor, () -> {
			InvoiceView invoice = invoices.lock(organization, invoiceId)
				.orElseThrow(() -> InvoiceInputException.field("invoiceId", "is not an invoice of this organization"));
			InvoiceBalance after = balance(organization, invoice).afterCredit(amountCents);
			int year = LocalDate.now(clock.withZone(preferences.timeZone(organization))).getYear();
			String number = numbers.next(organization, InvoiceNumbers.Kind.CREDIT_NOTE, year, NumberPattern.CREDIT_NOTES);
			jdbc.sql("""
					insert into credit_notes (id, organization_id, invoice_id, number, amount_cents, currency, reason, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""").params(id, organization.value(), invoiceId, number, amountCents, invoice.currency(),
					reason == null || reason.isBlank() ? null : reason.strip(), actor.userId()).update();
			invoices.credit(organization, invoiceId, after.creditedCents(), after.amountDueCents(), after.status());
			events.publishEvent(new CreditNoteIssued(organization, id, InvoiceId.of(invoiceId), amountCents,
					invoice.currency(), invoice.status() == com.growthhub.billing.InvoiceStatus.PAID, clock.instant()));
		});
		return get(organization, actor, id);
	}

	public CreditNoteView get(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> jdbc.sql("select " + COLUMNS
				+ " where c.organization_id = ? and c.id = ?").params(organization.value(), id)
			.query(CreditNotes::row).optional().orElseThrow(() -> NotFoundException.of("Credit note")));
	}

	/** Newest first, keyset-paged; only those of {@code invoiceId} when given. */
	public Page list(OrganizationId organization, Actor actor, @Nullable UUID invoiceId, @Nullable PageCursor cursor,
			int limit) {
		access.read(organization, actor);
		int size = Math.clamp(limit, 1, 100);
		List<CreditNoteView> rows = transactions.call(organization, actor, () -> jdbc.sql("select " + COLUMNS + """
				 where c.organization_id = :org and (cast(:invoice as uuid) is null or c.invoice_id = :invoice)
				   and (cast(:at as timestamptz) is null or (c.created_at, c.id) < (cast(:at as timestamptz), :id))
				 order by c.created_at desc, c.id desc limit :limit
				""").param("org", organization.value()).param("invoice", invoiceId)
			.param("at", cursor == null ? null : java.sql.Timestamp.from(cursor.instant()))
			.param("id", cursor == null ? new UUID(0, 0) : cursor.id()).param("limit", size + 1)
			.query(CreditNotes::row).list());
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			CreditNoteView last = rows.getLast();
			next = new PageCursor(last.createdAt(), last.id()).encode();
		}
		return new Page(rows, next);
	}

	static InvoiceBalance balance(OrganizationId organization, InvoiceView invoice) {
		return new InvoiceBalance(organization, InvoiceId.of(invoice.id()), invoice.contactId(), invoice.number(),
				invoice.currency(), invoice.status(), invoice.status(), invoice.totalCents(), invoice.creditedCents(),
				invoice.amountPaidCents(), invoice.amountDueCents());
	}

	private static CreditNoteView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CreditNoteView(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
				rs.getString("invoice_number"), rs.getString("number"), rs.getLong("amount_cents"), rs.getString("currency"),
				rs.getString("reason"), rs.getTimestamp("created_at").toInstant());
	}
}
