package com.growthhub.billing.internal.lines;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's "Phone line" product: made from the installation's price the first time lines are billed, then
 * the organization's own to reprice on its price list. Archiving it does not stop the billing: the price stays.
 */
@Component
class PhoneLineProduct {

	record Price(UUID productId, String name, long unitPriceCents, String currency, BigDecimal taxRate) {
	}

	private final JdbcClient jdbc;

	private final PhoneLineSettings settings;

	private final OrganizationPreferences preferences;

	PhoneLineProduct(JdbcClient jdbc, PhoneLineSettings settings, OrganizationPreferences preferences) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.preferences = preferences;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Price ensure(OrganizationId organization) {
		return find(organization).orElseGet(() -> {
			// Two nodes creating it at once: the unique index keeps one, the other reads it.
			jdbc.sql("""
					insert into products (id, organization_id, name, description, unit_price_cents, currency, tax_rate, purpose)
					values (?, ?, 'Phone line', 'A phone line beyond the plan''s free lines, per month', ?, ?, ?, 'phone_line')
					on conflict (organization_id, purpose) where purpose is not null do nothing
					""").params(Ids.next(), organization.value(), settings.monthlyPriceCents(),
					preferences.defaultCurrency(organization), settings.taxRate()).update();
			return find(organization).orElseThrow();
		});
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Price> find(OrganizationId organization) {
		return jdbc.sql("""
				select id, name, unit_price_cents, currency, tax_rate from products
				where organization_id = ? and purpose = 'phone_line'""")
			.param(organization.value())
			.query((rs, row) -> new Price(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getLong("unit_price_cents"), rs.getString("currency"), rs.getBigDecimal("tax_rate")))
			.optional();
	}
}
