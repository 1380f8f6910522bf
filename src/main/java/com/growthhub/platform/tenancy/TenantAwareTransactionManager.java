package com.growthhub.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Hands the current {@link TenantScope} to PostgreSQL at the start of every transaction, as
 * transaction-local settings that the row-level-security policies and the audit trigger read.
 * Outside a transaction no setting is present, so tenant tables show no rows at all.
 */
class TenantAwareTransactionManager extends JdbcTransactionManager {

	private static final String SET_SCOPE = "select set_config('app.org_id', ?, true), set_config('app.user_id', ?, true),"
			+ " set_config('app.actor', ?, true), set_config('app.system', ?, true)";

	TenantAwareTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		TenantScope scope = TenantContext.current();
		try (var statement = connection.prepareStatement(SET_SCOPE)) {
			statement.setString(1, scope.organizationId() == null ? "" : scope.organizationId().toString());
			statement.setString(2, scope.userId() == null ? "" : scope.userId().toString());
			statement.setString(3, scope.actor().label());
			statement.setString(4, scope.system() ? "on" : "off");
			statement.execute();
		}
	}
}
