package com.growthhub.billing.internal.invoices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.billing.InvoiceStatus;
import com.growthhub.shared.OrganizationId;

/** The SQL of invoices and their lines; callers hold the organization's transaction. */
@Repository
class InvoiceRepository {

	static final String COLUMNS = """
			id, number, contact_id, currency, status, subtotal_cents, discount_cents, tax_cents, total_cents,
			credited_cents, amount_paid_cents, amount_due_cents, issue_date, due_date, notes, public_token, created_at,
			updated_at, version
			""";

	private final JdbcClient jdbc;

	InvoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<InvoiceView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from invoices where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query((rs, n) -> invoice(rs, lines(organization, id)))
			.optional();
	}

	/** The invoice, its row locked until the caller's transaction ends (issuing, state changes). */
	Optional<InvoiceView> lock(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from invoices where organization_id = ? and id = ? for update")
			.params(organization.value(), id)
			.query((rs, n) -> invoice(rs, List.of()))
			.optional()
			.map(invoice -> withLines(invoice, lines(organization, id)));
	}

	private static InvoiceView withLines(InvoiceView v, List<InvoiceLineView> lines) {
		return new InvoiceView(v.id(), v.number(), v.contactId(), v.currency(), v.status(), v.subtotalCents(),
				v.discountCents(), v.taxCents(), v.totalCents(), v.creditedCents(), v.amountPaidCents(), v.amountDueCents(),
				v.issueDate(), v.dueDate(), v.notes(), v.publicToken(), v.createdAt(), v.updatedAt(), v.version(), lines);
	}

	void insert(OrganizationId organization, UUID id, @Nullable UUID createdBy, InvoiceDraft draft, String currency, String token,
			InvoiceTotals.Totals totals) {
		jdbc.sql("""
				insert into invoices (id, organization_id, contact_id, currency, due_date, notes, public_token, created_by,
				  subtotal_cents, discount_cents, tax_cents, total_cents, amount_due_cents)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, organization.value(), draft.contactId(), currency, draft.dueDate(),
				InvoiceChecks.notes(draft.notes()), token, createdBy, totals.subtotalCents(), totals.discountCents(),
				totals.taxCents(), totals.totalCents(), totals.totalCents()).update();
		insertLines(organization, id, draft.lines(), totals);
	}

	void update(OrganizationId organization, UUID id, InvoiceDraft draft, String currency, InvoiceTotals.Totals totals) {
		jdbc.sql("""
				update invoices set contact_id = ?, currency = ?, due_date = ?, notes = ?, subtotal_cents = ?,
				  discount_cents = ?, tax_cents = ?, total_cents = ?, amount_due_cents = ?, updated_at = now(),
				  version = version + 1
				where organization_id = ? and id = ?
				""").params(draft.contactId(), currency, draft.dueDate(), InvoiceChecks.notes(draft.notes()),
				totals.subtotalCents(), totals.discountCents(), totals.taxCents(), totals.totalCents(), totals.totalCents(),
				organization.value(), id).update();
		jdbc.sql("delete from invoice_lines where organization_id = ? and invoice_id = ?").params(organization.value(), id)
			.update();
		insertLines(organization, id, draft.lines(), totals);
	}

	private void insertLines(OrganizationId organization, UUID invoice, List<InvoiceLine> lines, InvoiceTotals.Totals totals) {
		for (int i = 0; i < lines.size(); i++) {
			InvoiceLine line = lines.get(i);
			InvoiceTotals.LineAmounts amounts = totals.lines().get(i);
			jdbc.sql("""
					insert into invoice_lines (id, organization_id, invoice_id, position, description, quantity,
					  unit_price_cents, tax_rate, discount_cents, discount_percent, product_id, line_subtotal_cents,
					  line_discount_cents, line_tax_cents, line_total_cents, provider_id, procedure_code)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(com.growthhub.shared.Ids.next(), organization.value(), invoice, i, line.description().strip(),
					line.quantity(), line.unitPriceCents(), line.taxRate(), line.discountCents(), line.discountPercent(),
					line.productId(), amounts.subtotalCents(), amounts.discountCents(), amounts.taxCents(),
					amounts.totalCents(), line.providerId(), line.procedureCode()).update();
		}
	}

	void issue(OrganizationId organization, UUID id, String number, LocalDate issueDate, LocalDate dueDate) {
		jdbc.sql("""
				update invoices set number = ?, status = 'open', issue_date = ?, due_date = ?, issued_at = now(),
				  amount_due_cents = total_cents, updated_at = now(), version = version + 1
				where organization_id = ? and id = ? and status = 'draft'
				""").params(number, issueDate, dueDate, organization.value(), id).update();
	}

	void setStatus(OrganizationId organization, UUID id, InvoiceStatus status) {
		jdbc.sql("""
				update invoices set status = ?, amount_due_cents = case when ? = 'void' then 0 else amount_due_cents end,
				  voided_at = case when ? = 'void' then now() else voided_at end, updated_at = now(), version = version + 1
				where organization_id = ? and id = ?
				""").params(status.key(), status.key(), status.key(), organization.value(), id).update();
	}

	void credit(OrganizationId organization, UUID id, long creditedCents, long amountDueCents, InvoiceStatus status) {
		jdbc.sql("""
				update invoices set credited_cents = ?, amount_due_cents = ?, status = ?, updated_at = now(),
				  version = version + 1
				where organization_id = ? and id = ?
				""").params(creditedCents, amountDueCents, status.key(), organization.value(), id).update();
	}

	boolean deleteDraft(OrganizationId organization, UUID id) {
		return jdbc.sql("delete from invoices where organization_id = ? and id = ? and status = 'draft'")
			.params(organization.value(), id).update() == 1;
	}

	boolean productExists(OrganizationId organization, UUID product) {
		return jdbc.sql("select exists (select 1 from products where organization_id = ? and id = ?)")
			.params(organization.value(), product).query(Boolean.class).single();
	}

	/** The organization of the invoice behind a public link, found in a system transaction. */
	Optional<InvoiceLocation> findByToken(String token) {
		return jdbc.sql("select organization_id, id from invoices where public_token = ? and status <> 'draft'")
			.param(token)
			.query((rs, n) -> new InvoiceLocation(OrganizationId.of(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
			.optional();
	}

	record InvoiceLocation(OrganizationId organization, UUID id) {
	}

	List<InvoiceLineView> lines(OrganizationId organization, UUID invoice) {
		return jdbc.sql("""
				select id, position, description, quantity, unit_price_cents, tax_rate, discount_cents, discount_percent,
				  product_id, line_subtotal_cents, line_discount_cents, line_tax_cents, line_total_cents, provider_id,
				  procedure_code
				from invoice_lines where organization_id = ? and invoice_id = ? order by position
				""").params(organization.value(), invoice)
			.query((rs, n) -> new InvoiceLineView(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("description"), rs.getBigDecimal("quantity").stripTrailingZeros(),
					rs.getLong("unit_price_cents"), rs.getBigDecimal("tax_rate").stripTrailingZeros(),
					rs.getObject("discount_cents", Long.class), strip(rs.getBigDecimal("discount_percent")),
					rs.getObject("product_id", UUID.class), rs.getLong("line_subtotal_cents"),
					rs.getLong("line_discount_cents"), rs.getLong("line_tax_cents"), rs.getLong("line_total_cents"),
					rs.getObject("provider_id", UUID.class), rs.getString("procedure_code")))
			.list();
	}

	static InvoiceView invoice(ResultSet rs, List<InvoiceLineView> lines) throws SQLException {
		return new InvoiceView(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("contact_id", UUID.class), rs.getString("currency"),
				InvoiceStatus.fromKey(rs.getString("status")), rs.getLong("subtotal_cents"), rs.getLong("discount_cents"),
				rs.getLong("tax_cents"), rs.getLong("total_cents"), rs.getLong("credited_cents"),
				rs.getLong("amount_paid_cents"), rs.getLong("amount_due_cents"), rs.getObject("issue_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getString("notes"), rs.getString("public_token"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"),
				lines);
	}

	private static java.math.@org.jspecify.annotations.Nullable BigDecimal strip(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}
}
