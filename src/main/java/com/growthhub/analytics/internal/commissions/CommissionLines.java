package com.growthhub.analytics.internal.commissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.billing.BilledInvoice;
import com.growthhub.shared.OrganizationId;

/** The stored commission lines: written by {@link CommissionBook}, read by reports. */
@Component
class CommissionLines {

	private final JdbcClient jdbc;

	CommissionLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertEarning(OrganizationId organization, BilledInvoice invoice, Earning earning, YearMonth month,
			String sourceKey, Instant at) {
		jdbc.sql("""
				insert into commission_lines (organization_id, provider_id, rule_id, rule_type, invoice_id, invoice_number,
				  invoice_line_id, procedure_code, period_month, base_cents, amount_cents, currency, source_key, occurred_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(organization.value(), earning.providerId(),
				earning.ruleId(), earning.ruleType(), invoice.invoiceId().value(), invoice.number(),
				earning.invoiceLineId(), earning.procedureCode(), CommissionPeriods.first(month), earning.baseCents(),
				earning.amountCents(), earning.currency(), sourceKey, Timestamp.from(at)).update();
	}

	void insertReversal(OrganizationId organization, Reversals.Reversal reversal, YearMonth month, String sourceKey,
			Instant at) {
		jdbc.sql("""
				insert into commission_lines (organization_id, provider_id, rule_id, rule_type, invoice_id, invoice_number,
				  invoice_line_id, procedure_code, period_month, base_cents, amount_cents, currency, source_key,
				  reversal_of, occurred_at)
				select organization_id, provider_id, rule_id, rule_type, invoice_id, invoice_number, invoice_line_id,
				  procedure_code, ?, ?, ?, currency, ?, id, ?
				from commission_lines where organization_id = ? and id = ?""").params(CommissionPeriods.first(month),
				reversal.baseCents(), reversal.amountCents(), sourceKey, Timestamp.from(at), organization.value(),
				reversal.reversalOf()).update();
	}

	/** The lines earned by the invoice's paid occurrence, with what was reversed of each so far. */
	List<Reversals.Earned> earned(OrganizationId organization, UUID invoice, String paidKey) {
		return jdbc.sql("""
				select e.id, e.base_cents, e.amount_cents, coalesce(sum(r.base_cents), 0) as reversed_base,
				  coalesce(sum(r.amount_cents), 0) as reversed_amount
				from commission_lines e
				left join commission_lines r on r.organization_id = e.organization_id and r.reversal_of = e.id
				where e.organization_id = ? and e.invoice_id = ? and e.source_key = ? and e.reversal_of is null
				group by e.id, e.base_cents, e.amount_cents order by e.id""").params(organization.value(), invoice, paidKey)
			.query((rs, n) -> new Reversals.Earned(rs.getObject("id", UUID.class), rs.getLong("base_cents"),
					rs.getLong("amount_cents"), rs.getLong("reversed_base"), rs.getLong("reversed_amount")))
			.list();
	}

	/**
	 * What was paid for the provider's lines in the month (reversals taken off): each paid or reversing fact counted
	 * once, from its provider-wide lines.
	 */
	long monthRevenue(OrganizationId organization, UUID provider, YearMonth month, String currency) {
		return jdbc.sql("""
				select coalesce(sum(base_cents), 0) from (
				  select distinct on (source_key) base_cents from commission_lines
				  where organization_id = ? and provider_id = ? and period_month = ? and currency = ?
				    and invoice_line_id is null
				  order by source_key) facts""").params(organization.value(), provider, CommissionPeriods.first(month),
				currency).query(Long.class).single();
	}

	List<CommissionLineView> report(OrganizationId organization, @Nullable UUID provider, YearMonth from, YearMonth to,
			int limit) {
		return jdbc.sql("""
				select l.id, l.provider_id, p.name as provider_name, l.rule_id, l.rule_type, l.invoice_id, l.invoice_number,
				  l.invoice_line_id, l.procedure_code, l.period_month, l.base_cents, l.amount_cents, l.currency,
				  l.reversal_of, l.occurred_at
				from commission_lines l join providers p on p.id = l.provider_id
				where l.organization_id = :org and (cast(:provider as uuid) is null or l.provider_id = :provider)
				  and l.period_month between :from and :to
				order by l.period_month, p.name, l.occurred_at, l.id limit :limit""").param("org", organization.value())
			.param("provider", provider).param("from", CommissionPeriods.first(from))
			.param("to", CommissionPeriods.first(to)).param("limit", limit).query(CommissionLines::row).list();
	}

	private static CommissionLineView row(ResultSet rs, int n) throws SQLException {
		return new CommissionLineView(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
				rs.getString("provider_name"), rs.getObject("rule_id", UUID.class), rs.getString("rule_type"),
				rs.getObject("invoice_id", UUID.class), rs.getString("invoice_number"),
				rs.getObject("invoice_line_id", UUID.class), rs.getString("procedure_code"),
				YearMonth.from(rs.getDate("period_month").toLocalDate()), rs.getLong("base_cents"),
				rs.getLong("amount_cents"), rs.getString("currency"), rs.getObject("reversal_of", UUID.class),
				rs.getTimestamp("occurred_at").toInstant());
	}
}
