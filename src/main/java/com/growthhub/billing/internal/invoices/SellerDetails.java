package com.growthhub.billing.internal.invoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/** The seller printed on the organization's invoices, from its billing settings. */
@Component
class SellerDetails {

	private final JdbcClient jdbc;

	SellerDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Seller of(OrganizationId organization) {
		return jdbc.sql("select business_name, business_address from billing_settings where organization_id = ?")
			.param(organization.value())
			.query((rs, n) -> new Seller(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(new Seller(null, null));
	}
}
