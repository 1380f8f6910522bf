package com.growthhub.contacts.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.TenantScope;

/**
 * Inserts half of a large import's new contacts from a second database session, so that PostgreSQL works on
 * both cores (two sessions measured 1.4–1.6× faster than one), and holds that half in a prepared transaction
 * (two-phase commit) until the import's own transaction ends, which then commits or rolls it back
 * ({@link PreparedHalves}). A job that runs again after a crash resolves what the dead node left prepared first, by
 * whether the import committed. Unused when the database allows no prepared transactions.
 */
@Component
class ImportSecondWriter {

	private static final Logger log = LoggerFactory.getLogger(ImportSecondWriter.class);
	private static final String COLUMNS = "new_id, " + String.join(", ", ImportStatements.STAGED);
	/** The rows of import_rows (the import's own temporary table) that the second session inserts. */
	static final String ITS_ROWS = " match_id is null and row_number % 2 = 1 ";

	private final DataSource dataSource;
	private final PreparedHalves halves;
	private final long from;
	private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();
	private volatile @Nullable Boolean available;

	ImportSecondWriter(DataSource dataSource, PreparedHalves halves,
			@Value("${growthhub.contacts.import-second-writer-from:100000}") long from) {
		this.dataSource = dataSource;
		this.halves = halves;
		this.from = from;
	}

	boolean wanted(long newContacts, Connection importConnection) {
		if (newContacts < from) {
			return false;
		}
		Boolean known = available;
		if (known == null) {
			try (Statement statement = importConnection.createStatement();
					var result = statement.executeQuery("select current_setting('max_prepared_transactions')::int > 0")) {
				result.next();
				known = result.getBoolean(1);
				available = known;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not read max_prepared_transactions", ex);
			}
		}
		return known;
	}

	/**
	 * Streams the rows {@link #ITS_ROWS} of the import's temporary table, through the import's own connection, into
	 * a second session, and starts inserting them there. The other rows are the caller's.
	 */
	SecondHalf start(Connection importConnection, TenantScope scope, UUID organization, UUID importId,
			@Nullable UUID owner, @Nullable UUID listId, List<UUID> tagIds) {
		Connection second;
		try {
			second = dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No second connection for the import", ex);
		}
		try {
			second.setAutoCommit(true);
			execute(second, "begin");
			scope.applyTo(second);
			execute(second, "select set_config('app.bulk_import', 'on', true), set_config('app.import_part', 'on', true)");
			PGCopyOutputStream into = new PGCopyOutputStream(second.unwrap(PGConnection.class),
					"copy contact_import_parts (import_id, " + COLUMNS + ") from stdin (format csv)", 1 << 16);
			importConnection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select '" + importId + "'::uuid, " + COLUMNS
					+ " from import_rows where " + ITS_ROWS + ") to stdout (format csv)", into);
			into.close();
		}
		catch (SQLException | java.io.IOException ex) {
			close(second, true);
			throw new IllegalStateException("Could not hand rows to the import's second session", ex);
		}
		CompletableFuture<SecondHalf.Written> written = CompletableFuture
			.supplyAsync(() -> insert(second, organization, importId, owner, listId, tagIds), executor);
		return new SecondHalf(importId, halves, written);
	}

	private SecondHalf.Written insert(Connection second, UUID organization, UUID importId, @Nullable UUID owner,
			@Nullable UUID listId, List<UUID> tagIds) {
		String its = "import_id = '" + importId + "'";
		try {
			long created = update(second, ImportStatements.insertContacts("contact_import_parts", its), organization,
					owner, owner);
			long listed = listId == null ? 0 : update(second, ImportStatements.addToList("contact_import_parts", "new_id", its),
					organization, listId, organization, importId, listId);
			for (UUID tag : tagIds) {
				update(second, ImportStatements.addTag("contact_import_parts", "new_id", its), organization, tag, organization,
						importId, tag);
			}
			execute(second, "delete from contact_import_parts where " + its);
			execute(second, "prepare transaction '" + PreparedHalves.gid(importId) + "'");
			close(second, false);
			return new SecondHalf.Written(created, listed);
		}
		catch (SQLException | RuntimeException ex) {
			close(second, true);
			throw new IllegalStateException("The import's second session failed", ex);
		}
	}

	private static long update(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			return statement.executeLargeUpdate();
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void close(Connection connection, boolean rollback) {
		try (connection) {
			if (rollback) {
				execute(connection, "rollback");
			}
		}
		catch (SQLException ex) {
			log.debug("Closing the import's second session", ex);
		}
	}
}
