package com.growthhub.dataio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactImports;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.Ids;

/** The second half of a large import, left prepared by a node that died, ends the way its import ended. */
class PreparedHalvesIntegrationTests extends IdentityTestSupport {

	@Autowired
	ImportRunner runner;

	@Autowired
	ContactImports contacts;

	@Autowired
	DataSource dataSource;

	@Test
	void aPreparedHalfIsCommittedWithItsCompletedImportAndRolledBackWithAFailedOne() throws Exception {
		UUID organization = UUID.randomUUID();
		UUID completed = importWithStatus(organization, "completed");
		UUID failed = importWithStatus(organization, "failed");
		UUID running = importWithStatus(organization, "processing");
		UUID kept = prepareHalf(organization, completed, "Kept");
		UUID dropped = prepareHalf(organization, failed, "Dropped");
		UUID waiting = prepareHalf(organization, running, "Waiting");

		runner.finishPreparedHalves();

		assertThat(exists(kept)).as("committed with its completed import").isTrue();
		assertThat(exists(dropped)).as("rolled back with its failed import").isFalse();
		assertThat(contacts.preparedHalves()).as("a running import's half waits for its job").contains(running)
			.doesNotContain(completed, failed);
		assertThat(exists(waiting)).isFalse();

		// What the import's job does first when it runs again on a live node.
		contacts.finishPreparedHalf(running, false);
		assertThat(contacts.preparedHalves()).doesNotContain(running);
		assertThat(exists(waiting)).isFalse();
	}

	private UUID importWithStatus(UUID organization, String status) {
		UUID id = Ids.next();
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				insert into imports (id, organization_id, created_by, file_name, file_size, encoding, delimiter, headers, mapping,
				    dedupe_policy, status)
				values (?, ?, ?, 'half.csv', 10, 'UTF-8', ',', '[]', '{}', 'UPSERT', ?)
				""").params(id, organization, UUID.randomUUID(), status).update());
		return id;
	}

	/** What the second session of an import leaves behind when its node dies before the import ends. */
	private UUID prepareHalf(UUID organization, UUID importId, String name) throws Exception {
		UUID contact = Ids.next();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			connection.createStatement().execute("begin");
			try (PreparedStatement scope = connection.prepareStatement(
					"select set_config('app.org_id', ?, true), set_config('app.import_part', 'on', true)")) {
				scope.setString(1, organization.toString());
				scope.execute();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into contacts (id, organization_id, first_name, source) values (?, ?, ?, 'CSV')")) {
				insert.setObject(1, contact);
				insert.setObject(2, organization);
				insert.setString(3, name);
				insert.execute();
			}
			connection.createStatement().execute("prepare transaction 'growthhub-import-" + importId + "'");
		}
		return contact;
	}

	private boolean exists(UUID contact) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select exists (select 1 from contacts where id = ?)").param(contact).query(Boolean.class).single());
	}
}
