package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.Ids;

/**
 * A transaction that logged an activity and then created a contact, beside one that created a contact, used to
 * deadlock on the rollup rows their triggers keep (the week's row and the type's row, taken in opposite order); now
 * the later writer waits for the organization's lock and both commit.
 */
class ContactRollupLockIntegrationTests extends IdentityTestSupport {

	@Autowired
	DataSource dataSource;

	@Test
	void writersOfOneOrganizationQueueInsteadOfDeadlocking() throws Exception {
		UUID organization = UUID.randomUUID();
		UUID known;
		try (Connection setup = scoped(organization)) {
			known = insert(setup, "LEAD");
			setup.commit();
		}
		try (Connection first = scoped(organization); Connection second = scoped(organization)) {
			logActivity(first, known);
			int secondPid = pid(second);
			CompletableFuture<Void> secondWrites = CompletableFuture.runAsync(() -> {
				try {
					insert(second, "LEAD");
					second.commit();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			try (Connection watcher = dataSource.getConnection()) {
				await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnALock(watcher, secondPid));
			}
			insert(first, "LEAD");
			first.commit();
			secondWrites.get();
		}
		try (Connection reader = scoped(organization); PreparedStatement counts = reader.prepareStatement(
				"select type, live from contact_counts where organization_id = ? and live <> 0 order by type")) {
			counts.setObject(1, organization);
			try (ResultSet rows = counts.executeQuery()) {
				StringBuilder seen = new StringBuilder();
				while (rows.next()) {
					seen.append(rows.getString(1)).append('=').append(rows.getLong(2)).append(' ');
				}
				assertThat(seen.toString().strip()).isEqualTo("LEAD=3");
			}
			reader.rollback();
		}
	}

	private Connection scoped(UUID organization) throws Exception {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement scope = connection.prepareStatement("select set_config('app.org_id', ?, true)")) {
			scope.setString(1, organization.toString());
			scope.execute();
		}
		return connection;
	}

	private static void logActivity(Connection connection, UUID contact) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into interactions (id, organization_id, contact_id, type, occurred_at) "
						+ "values (?, current_setting('app.org_id')::uuid, ?, 'note', now())")) {
			insert.setObject(1, Ids.next());
			insert.setObject(2, contact);
			insert.execute();
		}
	}

	private static UUID insert(Connection connection, String type) throws Exception {
		UUID id = Ids.next();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into contacts (id, organization_id, first_name, type, source) "
						+ "values (?, current_setting('app.org_id')::uuid, 'Rollup', ?, 'MANUAL')")) {
			insert.setObject(1, id);
			insert.setString(2, type);
			insert.execute();
		}
		return id;
	}

	private static int pid(Connection connection) throws Exception {
		try (ResultSet row = connection.createStatement().executeQuery("select pg_backend_pid()")) {
			row.next();
			return row.getInt(1);
		}
	}

	private static boolean waitingOnALock(Connection watcher, int pid) throws Exception {
		try (PreparedStatement activity = watcher.prepareStatement(
				"select wait_event_type = 'Lock' from pg_stat_activity where pid = ?")) {
			activity.setInt(1, pid);
			try (ResultSet row = activity.executeQuery()) {
				return row.next() && row.getBoolean(1);
			}
		}
	}
}
