package com.growthhub.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * The role agency staff hold in one of the agency's client accounts, by the rule of the database function
 * {@code agency_role_in}: owners, admins and managers in every client account, members in those assigned to them.
 */
@Component
class ClientAccountAccess {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ClientAccountAccess(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	Optional<Role> roleThroughAgency(UUID userId, UUID clientAccount) {
		return roleThroughAgency(userId, clientAccount, null);
	}

	/** As {@link #roleThroughAgency(UUID, UUID)}, and only when the account's agency is {@code agency} if given. */
	Optional<Role> roleThroughAgency(UUID userId, UUID clientAccount, @Nullable UUID agency) {
		return transactions.call(SignedInScope.of(userId, clientAccount), () -> jdbc.sql("""
				select agency_role_in(ca.organization_id, ?) from client_accounts ca
				where ca.organization_id = ? and (cast(? as uuid) is null or ca.agency_id = ?)
				""").params(userId, clientAccount, agency, agency).query(String.class).optional().map(Role::valueOf));
	}
}
