package com.growthhub.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

@SpringBootTest
class TenantTransactionsIntegrationTests {

	@Autowired
	TenantTransactions transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	final OrganizationId organization = OrganizationId.of(Ids.next());
	final TenantScope request = TenantScope.organization(organization, new Actor.Job("request"));

	@Test
	void joinsTheTransactionAlreadyOpenForTheSameTenantOnOneConnection() {
		transactions.run(request, () -> {
			long transaction = currentTransaction();
			int connection = backendProcess();
			transactions.run(TenantScope.organization(organization, new Actor.Job("inner")), () -> {
				assertThat(currentTransaction()).isEqualTo(transaction);
				assertThat(backendProcess()).as("the same connection").isEqualTo(connection);
			});
		});
	}

	@Test
	void refusesWorkForAnotherTenantOrTheSystemInsideAnOpenTransaction() {
		TenantScope other = TenantScope.organization(OrganizationId.of(Ids.next()), new Actor.Job("other"));
		transactions.run(request, () -> {
			assertThatThrownBy(() -> transactions.run(other, () -> {
			})).isInstanceOf(TenantMismatchException.class).hasMessageContaining(organization.toString());
			assertThatThrownBy(() -> transactions.run(TenantScope.system(new Actor.Job("sweep")), () -> {
			})).isInstanceOf(TenantMismatchException.class);
		});
	}

	@Test
	void aFailureAfterNestedWorkRollsBackAllOfIt() {
		assertThatThrownBy(() -> transactions.run(request, () -> {
			remember("outer");
			transactions.run(request, () -> remember("inner"));
			throw new IllegalStateException("after both");
		})).hasMessage("after both");

		assertThat(remembered()).isZero();
	}

	@Test
	void workInANewTransactionCommitsWhateverTheEnclosingOneDoes() {
		assertThatThrownBy(() -> transactions.run(request, () -> {
			remember("outer");
			transactions.runInNewTransaction(request, () -> remember("progress"));
			throw new IllegalStateException("import failed");
		})).hasMessage("import failed");

		assertThat(remembered()).isOne();
	}

	@Test
	void aTransactionBegunWithNoTenantTakesTheScopeOfTheFirstWorkThatAsks() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			assertThat(setting("app.org_id")).isEmpty();
			transactions.run(request, () -> assertThat(setting("app.org_id")).isEqualTo(organization.toString()));
			assertThatThrownBy(() -> transactions.run(
					TenantScope.organization(OrganizationId.of(Ids.next()), new Actor.Job("other")), () -> {
					})).isInstanceOf(TenantMismatchException.class);
		});
	}

	private void remember(String occasion) {
		jdbc.sql("insert into notification_occasions (organization_id, occasion) values (?, ?)")
			.params(organization.value(), occasion).update();
	}

	private long remembered() {
		return transactions.call(request, () -> jdbc.sql("select count(*) from notification_occasions where organization_id = ?")
			.param(organization.value()).query(Long.class).single());
	}

	private long currentTransaction() {
		return jdbc.sql("select txid_current()").query(Long.class).single();
	}

	private String setting(String name) {
		return jdbc.sql("select coalesce(current_setting(?, true), '')").param(name).query(String.class).single();
	}

	private int backendProcess() {
		return jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
	}
}
