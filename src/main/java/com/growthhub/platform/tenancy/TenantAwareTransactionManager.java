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

	TenantAwareTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		TenantContext.current().applyTo(connection);
	}
}
