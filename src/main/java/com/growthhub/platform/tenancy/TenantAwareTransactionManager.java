package com.growthhub.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the current {@link TenantScope} to PostgreSQL at the start of every transaction, as
 * transaction-local settings that the row-level-security policies and the audit trigger read.
 * Outside a transaction no setting is present, so tenant tables show no rows at all. It remembers
 * which scope each open transaction was given, so {@link TenantTransactions} can join it or refuse.
 */
class TenantAwareTransactionManager extends JdbcTransactionManager {

	/** The scopes of this thread's transactions, innermost first; a suspended transaction stays below. */
	private final ThreadLocal<Deque<Opened>> opened = ThreadLocal.withInitial(ArrayDeque::new);

	TenantAwareTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		TenantScope scope = TenantContext.current();
		scope.applyTo(connection);
		opened.get().push(new Opened(connection, scope));
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		try {
			Connection connection = currentConnection();
			opened.get().removeIf(open -> open.connection() == connection);
		}
		finally {
			super.doCleanupAfterCompletion(transaction);
		}
	}

	/**
	 * The scope PostgreSQL was given for the transaction open on this thread, if one is; a transaction this manager
	 * did not begin counts as one with no tenant, so that work asking for a tenant hands its scope to it.
	 */
	Optional<TenantScope> scopeOfOpenTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return Optional.empty();
		}
		Connection connection = currentConnection();
		return Optional.of(opened.get().stream().filter(open -> open.connection() == connection).map(Opened::scope)
			.findFirst().orElseGet(TenantScope::anonymous));
	}

	/**
	 * Gives the open transaction, begun with no tenant at all, the scope of the work that now asks for one: an
	 * event listener's transaction begins before the listener reads the organization from its event. Nothing in
	 * it could have read or written a tenant's row before, since the anonymous scope sees none.
	 */
	void adopt(TenantScope scope) {
		Connection connection = currentConnection();
		if (connection == null) {
			throw new IllegalStateException("No transaction is open on this thread");
		}
		try {
			scope.applyTo(connection);
		}
		catch (SQLException ex) {
			throw translateException("Handing the tenant scope to the open transaction", ex);
		}
		opened.get().removeIf(open -> open.connection() == connection);
		opened.get().push(new Opened(connection, scope));
	}

	private @Nullable Connection currentConnection() {
		return TransactionSynchronizationManager.getResource(obtainDataSource()) instanceof ConnectionHolder holder
				? holder.getConnection() : null;
	}

	private record Opened(Connection connection, TenantScope scope) {
	}
}
