package com.growthhub.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/** {@code enable_tenant_rls(table)} (V20) gives a new table the policy every tenant table has. */
class EnableTenantRlsIntegrationTests extends IdentityTestSupport {

	private final String table = "rls_probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final OrganizationId alice = OrganizationId.of(UUID.randomUUID());

	private final OrganizationId bob = OrganizationId.of(UUID.randomUUID());

	@AfterEach
	void dropTable() {
		transactions.run(system(), () -> jdbc.sql("drop table if exists " + table).update());
	}

	@Test
	void isolatesTheNewTablesOrganizations() {
		createTenantTable();
		transactions.run(system(), () -> {
			jdbc.sql("insert into " + table + " values (?, ?)").params(UUID.randomUUID(), alice.value()).update();
			jdbc.sql("insert into " + table + " values (?, ?)").params(UUID.randomUUID(), bob.value()).update();
		});

		assertThat(organizationsSeenBy(scopeOf(alice))).containsExactly(alice.value());
		assertThat(organizationsSeenBy(scopeOf(bob))).containsExactly(bob.value());
		assertThat(organizationsSeenBy(TenantScope.anonymous())).isEmpty();
		assertThat(organizationsSeenBy(system())).containsExactlyInAnyOrder(alice.value(), bob.value());
		assertThatThrownBy(() -> transactions.run(scopeOf(alice), () -> jdbc.sql("insert into " + table + " values (?, ?)")
			.params(UUID.randomUUID(), bob.value())
			.update())).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	@Test
	void forcesThePolicyThatExistingTenantTablesHave() {
		createTenantTable();
		Map<String, Object> security = transactions.call(system(), () -> jdbc
			.sql("select relrowsecurity, relforcerowsecurity from pg_class where oid = ?::regclass")
			.param(table)
			.query()
			.singleRow());
		assertThat(security).containsEntry("relrowsecurity", true).containsEntry("relforcerowsecurity", true);
		assertThat(policy(table)).isEqualTo(policy("contacts")).isEqualTo(policy("deals"));
	}

	private void createTenantTable() {
		transactions.run(system(), () -> {
			jdbc.sql("create table " + table + " (id uuid primary key, organization_id uuid not null)").update();
			jdbc.sql("select enable_tenant_rls(?::regclass)").param(table).query().singleRow();
		});
	}

	private List<UUID> organizationsSeenBy(TenantScope scope) {
		return transactions.call(scope,
				() -> jdbc.sql("select distinct organization_id from " + table).query(UUID.class).list());
	}

	/** Name suffix, command, roles and both expressions, as PostgreSQL stores them. */
	private List<List<Object>> policy(String tenantTable) {
		return transactions.call(system(), () -> jdbc.sql("""
				select policyname, permissive, roles::text, cmd, qual, with_check from pg_policies where tablename = ?
				""").param(tenantTable).query((rs, n) -> Arrays.<Object>asList(rs.getString(1).substring(tenantTable.length()),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list());
	}

	private static TenantScope scopeOf(OrganizationId organization) {
		return TenantScope.organization(organization, new Actor.Job("test"));
	}

	private static TenantScope system() {
		return TenantScope.system(new Actor.Job("test"));
	}
}
