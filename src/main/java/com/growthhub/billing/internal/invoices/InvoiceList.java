package com.growthhub.billing.internal.invoices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.billing.InvoiceStatus;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** Lists of invoices, newest first and keyset-paged, and their totals per status and currency. */
@Service
public class InvoiceList {

	public static final int DEFAULT_LIMIT = 25;

	public record Page(List<InvoiceSummary> items, @Nullable String nextCursor) {
	}

	/** How many invoices of a status there are and what they are worth, per currency. */
	public record StatusTotal(InvoiceStatus status, String currency, long count, long totalCents, long amountDueCents) {
	}

	private static final String WHERE = """
			 where organization_id = :org
			   and (cast(:status as text) is null or status = :status)
			   and (cast(:contact as uuid) is null or contact_id = :contact)
			   and (cast(:from as date) is null or issue_date >= :from)
			   and (cast(:to as date) is null or issue_date <= :to)
			""";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final BillingAccess access;
	private final ContactDirectory contacts;

	InvoiceList(JdbcClient jdbc, TenantTransactions transactions, BillingAccess access, ContactDirectory contacts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.contacts = contacts;
	}

	public Page list(OrganizationId organization, Actor actor, InvoiceFilter filter, @Nullable PageCursor cursor, int limit) {
		access.read(organization, actor);
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, actor, () -> {
			List<Row> rows = params(jdbc.sql("""
					select id, number, contact_id, currency, status, total_cents, amount_due_cents, issue_date, due_date,
					  created_at from invoices""" + WHERE + """
					   and (cast(:at as timestamptz) is null or (created_at, id) < (cast(:at as timestamptz), :id))
					 order by created_at desc, id desc limit :limit
					"""), organization, filter)
				.param("at", cursor == null ? null : Timestamp.from(cursor.instant()))
				.param("id", cursor == null ? new UUID(0, 0) : cursor.id())
				.param("limit", size + 1)
				.query(InvoiceList::row)
				.list();
			String next = null;
			if (rows.size() > size) {
				rows = rows.subList(0, size);
				Row last = rows.getLast();
				next = new PageCursor(last.summary().createdAt(), last.summary().id()).encode();
			}
			Set<ContactId> ids = rows.stream().map(row -> ContactId.of(row.summary().contactId())).collect(Collectors.toSet());
			Map<ContactId, String> names = ids.isEmpty() ? Map.of() : contacts.names(organization, actor, ids);
			List<InvoiceSummary> items = new ArrayList<>();
			for (Row row : rows) {
				InvoiceSummary s = row.summary();
				items.add(new InvoiceSummary(s.id(), s.number(), s.contactId(), names.get(ContactId.of(s.contactId())),
						s.currency(), s.status(), s.totalCents(), s.amountDueCents(), s.issueDate(), s.dueDate(),
						s.createdAt()));
			}
			return new Page(items, next);
		});
	}

	/** Totals per status (in the order of {@link InvoiceStatus}) and currency, under every filter but the status. */
	public List<StatusTotal> totals(OrganizationId organization, Actor actor, InvoiceFilter filter) {
		access.read(organization, actor);
		Map<String, StatusTotal> byKey = new LinkedHashMap<>();
		List<StatusTotal> rows = transactions.call(organization, actor, () -> params(jdbc.sql("""
				select status, currency, count(*), coalesce(sum(total_cents), 0), coalesce(sum(amount_due_cents), 0)
				from invoices""" + WHERE + " group by status, currency order by currency"), organization,
				filter.withStatus(null))
			.query((rs, n) -> new StatusTotal(InvoiceStatus.fromKey(rs.getString(1)), rs.getString(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list());
		for (InvoiceStatus status : InvoiceStatus.values()) {
			rows.stream().filter(row -> row.status() == status).forEach(row -> byKey.put(status + row.currency(), row));
		}
		return List.copyOf(byKey.values());
	}

	private record Row(InvoiceSummary summary) {
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, OrganizationId organization,
			InvoiceFilter filter) {
		return spec.param("org", organization.value())
			.param("status", filter.status() == null ? null : filter.status().key())
			.param("contact", filter.contactId())
			.param("from", filter.from())
			.param("to", filter.to());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(new InvoiceSummary(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("contact_id", UUID.class), null, rs.getString("currency"),
				InvoiceStatus.fromKey(rs.getString("status")), rs.getLong("total_cents"), rs.getLong("amount_due_cents"),
				rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				rs.getTimestamp("created_at").toInstant()));
	}
}
