package com.growthhub.billing.internal.invoices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
				  product_id, line_subtotal_cents, line_discount_cents, line_tax_cents, line_total_cents
				from invoice_lines where organization_id = ? and invoice_id = ? order by position
				""").params(organization.value(), invoice)
			.query((rs, n) -> new InvoiceLineView(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("description"), rs.getBigDecimal("quantity").stripTrailingZeros(),
					rs.getLong("unit_price_cents"), rs.getBigDecimal("tax_rate").stripTrailingZeros(),
					rs.getObject("discount_cents", Long.class), strip(rs.getBigDecimal("discount_percent")),
					rs.getObject("product_id", UUID.class), rs.getLong("line_subtotal_cents"),
					rs.getLong("line_discount_cents"), rs.getLong("line_tax_cents"), rs.getLong("line_total_cents")))
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
