package com.growthhub.contacts.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The halves of large imports that a second session wrote and prepared ({@link ImportSecondWriter}): each is
 * committed with its import or rolled back, by the import itself or, after a crash, by its job run again or the sweep.
 */
@Component
class PreparedHalves {

	private static final Logger log = LoggerFactory.getLogger(PreparedHalves.class);
	private static final String GID_PREFIX = "growthhub-import-";
	private static final String UNDEFINED_OBJECT = "42704";

	private final DataSource dataSource;

	PreparedHalves(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The name of the import's prepared transaction. */
	static String gid(UUID importId) {
		return GID_PREFIX + importId;
	}

	/** Commits or rolls back the half that {@code importId}'s second session prepared, if there is one. */
	void resolve(UUID importId, boolean commit) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			boolean prepared;
			try (PreparedStatement find = connection.prepareStatement("select exists (select 1 from pg_prepared_xacts where gid = ?)")) {
				find.setString(1, gid(importId));
				try (var result = find.executeQuery()) {
					result.next();
					prepared = result.getBoolean(1);
				}
			}
			if (prepared) {
				try (Statement statement = connection.createStatement()) {
					statement.execute((commit ? "commit" : "rollback") + " prepared '" + gid(importId) + "'");
					log.info("Import {}: second half {}", importId, commit ? "committed" : "rolled back");
				}
				catch (SQLException ex) {
					if (!UNDEFINED_OBJECT.equals(ex.getSQLState())) {
						throw ex;
					}
					// resolved meanwhile by the sweep or by the import itself
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not " + (commit ? "commit" : "roll back") + " the prepared half of import "
					+ importId, ex);
		}
	}

	/** The imports whose second session left a prepared half in this database. */
	List<UUID> list() {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				var result = statement.executeQuery("select gid from pg_prepared_xacts where database = current_database() "
						+ "and gid like '" + GID_PREFIX + "%'")) {
			List<UUID> found = new ArrayList<>();
			while (result.next()) {
				found.add(UUID.fromString(result.getString(1).substring(GID_PREFIX.length())));
			}
			return found;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not list prepared import halves", ex);
		}
	}
}
