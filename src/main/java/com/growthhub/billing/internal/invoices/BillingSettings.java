package com.growthhub.billing.internal.invoices;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** The organization's billing choices: the invoice number pattern, payment terms and the seller printed on invoices. */
@Component
public class BillingSettings {

	/** What the settings page and the API show and change. */
	public record Values(String invoiceNumberPattern, int paymentTermsDays, @Nullable String businessName,
			@Nullable String businessAddress) {
	}

	private static final Values DEFAULTS = new Values(NumberPattern.INVOICES.text(), 14, null, null);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final BillingAccess access;

	BillingSettings(JdbcClient jdbc, TenantTransactions transactions, BillingAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
	}

	public Values read(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> current(organization));
	}

	public Values update(OrganizationId organization, Actor actor, Values values) {
		access.configure(organization, actor);
		new NumberPattern(values.invoiceNumberPattern());
		if (values.paymentTermsDays() < 0 || values.paymentTermsDays() > 365) {
			throw InvoiceInputException.field("paymentTermsDays", "must be between 0 and 365");
		}
		check("businessName", values.businessName(), 200);
		check("businessAddress", values.businessAddress(), 1000);
		return transactions.call(organization, actor, () -> {
			jdbc.sql("""
					insert into billing_settings (organization_id, invoice_number_pattern, payment_terms_days, business_name,
					  business_address) values (?, ?, ?, ?, ?)
					on conflict (organization_id) do update set invoice_number_pattern = excluded.invoice_number_pattern,
					  payment_terms_days = excluded.payment_terms_days, business_name = excluded.business_name,
					  business_address = excluded.business_address, updated_at = now()
					""").params(organization.value(), values.invoiceNumberPattern().trim(), values.paymentTermsDays(),
					blankToNull(values.businessName()), blankToNull(values.businessAddress())).update();
			return current(organization);
		});
	}

	/** Read inside the caller's transaction. */
	Values current(OrganizationId organization) {
		return jdbc.sql("""
				select invoice_number_pattern, payment_terms_days, business_name, business_address
				from billing_settings where organization_id = ?
				""").param(organization.value())
			.query((rs, n) -> new Values(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElse(DEFAULTS);
	}

	private static void check(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw InvoiceInputException.field(field, "must be at most " + max + " characters");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
