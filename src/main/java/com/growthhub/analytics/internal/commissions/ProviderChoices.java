package com.growthhub.analytics.internal.commissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.billing.ProviderDirectory;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Billing's view of the providers: who an invoice line may name, and the procedure codes it may carry. */
@Component
class ProviderChoices implements ProviderDirectory {

	private static final Actor DIRECTORY = new Actor.Job("provider-directory");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ProviderChoices(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public List<Choice> choices(OrganizationId organization) {
		return transactions.call(TenantScope.organization(organization, DIRECTORY), () -> jdbc.sql("""
				select id, name from providers where organization_id = ? and active order by lower(name), id""")
			.params(organization.value())
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name"))).list());
	}

	@Override
	public Optional<String> nameOf(OrganizationId organization, UUID providerId) {
		return transactions.call(TenantScope.organization(organization, DIRECTORY), () -> jdbc
			.sql("select name from providers where organization_id = ? and id = ?")
			.params(organization.value(), providerId).query(String.class).optional());
	}

	@Override
	public List<String> procedureCodes(OrganizationId organization) {
		List<String> codes = new ArrayList<>(ProcedureCodes.BUILT_IN);
		codes.addAll(transactions.call(TenantScope.organization(organization, DIRECTORY), () -> jdbc
			.sql("select code from procedure_codes where organization_id = ? order by code")
			.params(organization.value()).query(String.class).list()));
		return codes;
	}
}
