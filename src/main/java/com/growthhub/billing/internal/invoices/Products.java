package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's price list for invoices. Archiving hides a product from pickers; lines that used it keep their
 * own copy of description, price and tax rate, so changing a product never changes an invoice.
 */
@Service
public class Products {

	/** What a person writes on a product; {@code currency} defaults to the organization's. */
	public record Draft(String name, @Nullable String description, long unitPriceCents, @Nullable String currency,
			BigDecimal taxRate, boolean archived) {
	}

	private static final String COLUMNS = "id, name, description, unit_price_cents, currency, tax_rate, archived, version";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final BillingAccess access;
	private final OrganizationPreferences preferences;

	Products(JdbcClient jdbc, TenantTransactions transactions, BillingAccess access, OrganizationPreferences preferences) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.preferences = preferences;
	}

	/** By name; archived ones only when asked. A small bounded list (a price list), answered in one page. */
	public List<ProductView> list(OrganizationId organization, Actor actor, boolean includeArchived) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> jdbc.sql("select " + COLUMNS
				+ " from products where organization_id = ? and (? or not archived) order by lower(name), id limit 1000")
			.params(organization.value(), includeArchived).query(Products::row).list());
	}

	public ProductView get(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> find(organization, id));
	}

	public ProductView create(OrganizationId organization, Actor actor, Draft draft) {
		access.bill(organization, actor);
		check(draft);
		UUID id = Ids.next();
		transactions.run(organization, actor, () -> jdbc.sql("""
				insert into products (id, organization_id, name, description, unit_price_cents, currency, tax_rate, archived)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, organization.value(), draft.name().strip(), blankToNull(draft.description()),
				draft.unitPriceCents(), InvoiceChecks.currency(draft.currency(), preferences.defaultCurrency(organization)),
				draft.taxRate(), draft.archived()).update());
		return get(organization, actor, id);
	}

	public ProductView update(OrganizationId organization, Actor actor, UUID id, Draft draft) {
		access.bill(organization, actor);
		check(draft);
		transactions.run(organization, actor, () -> {
			ProductView current = find(organization, id);
			jdbc.sql("""
					update products set name = ?, description = ?, unit_price_cents = ?, currency = ?, tax_rate = ?,
					  archived = ?, updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(draft.name().strip(), blankToNull(draft.description()), draft.unitPriceCents(),
					InvoiceChecks.currency(draft.currency(), current.currency()), draft.taxRate(), draft.archived(),
					organization.value(), id).update();
		});
		return get(organization, actor, id);
	}

	/** The values a product has now, to change some of them (the API's PATCH). */
	public Draft draftOf(ProductView product) {
		return new Draft(product.name(), product.description(), product.unitPriceCents(), product.currency(),
				product.taxRate(), product.archived());
	}

	private ProductView find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from products where organization_id = ? and id = ?")
			.params(organization.value(), id).query(Products::row).optional()
			.orElseThrow(() -> NotFoundException.of("Product"));
	}

	private static void check(Draft draft) {
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
			throw InvoiceInputException.field("name", "must be 1 to 200 characters");
		}
		if (draft.description() != null && draft.description().length() > 1000) {
			throw InvoiceInputException.field("description", "must be at most 1000 characters");
		}
		if (draft.unitPriceCents() < 0) {
			throw InvoiceInputException.field("unitPriceCents", "must not be negative");
		}
		InvoiceChecks.percent("taxRate", draft.taxRate());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static ProductView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ProductView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getLong("unit_price_cents"), rs.getString("currency"), rs.getBigDecimal("tax_rate").stripTrailingZeros(),
				rs.getBoolean("archived"), rs.getLong("version"));
	}
}
