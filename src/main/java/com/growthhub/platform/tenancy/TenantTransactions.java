package com.growthhub.platform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.growthhub.shared.OrganizationId;

/**
 * Runs work in a transaction under a given tenant scope. The scope must be in place before the
 * transaction begins, because that is when it is handed to PostgreSQL.
 * <p>
 * {@link #call} joins the transaction already open on this thread when it serves the same tenant, so a
 * request that converts a contact and records what follows commits both or neither, on one connection.
 * Work for another tenant (or the system scope) inside an open transaction is a programming error and is
 * refused with {@link TenantMismatchException}. A transaction begun with no tenant at all (an event listener's,
 * before it reads the organization from its event) takes the scope of the first work that asks for one. Work that
 * must commit on its own whatever happens around it
 * (progress of a long job, a throttle hit) says so with {@link #callInNewTransaction}.
 */
@Component
public class TenantTransactions {

	private final TenantAwareTransactionManager transactionManager;
	private final TransactionTemplate required;
	private final TransactionTemplate requiresNew;

	TenantTransactions(TenantAwareTransactionManager transactionManager) {
		this.transactionManager = transactionManager;
		this.required = new TransactionTemplate(transactionManager);
		this.requiresNew = new TransactionTemplate(transactionManager);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs {@code work} in the open transaction of the same tenant, or in a new one when none is open. */
	public <T> T call(TenantScope scope, Supplier<T> work) {
		Optional<TenantScope> open = transactionManager.scopeOfOpenTransaction();
		if (open.isEmpty()) {
			return TenantContext.call(scope, () -> required.execute(status -> work.get()));
		}
		if (isAnonymous(open.get()) && !isAnonymous(scope)) {
			transactionManager.adopt(scope);
			return TenantContext.call(scope, work);
		}
		if (!sameTenant(open.get(), scope)) {
			throw new TenantMismatchException(open.get(), scope);
		}
		return TenantContext.call(open.get(), work);
	}

	public void run(TenantScope scope, Runnable work) {
		call(scope, () -> {
			work.run();
			return null;
		});
	}

	/** Runs {@code work} for {@code organization}, done by {@code actor}: the usual entry of a service method. */
	public <T> T call(OrganizationId organization, Actor actor, Supplier<T> work) {
		return call(TenantScope.acting(organization, actor), work);
	}

	public void run(OrganizationId organization, Actor actor, Runnable work) {
		run(TenantScope.acting(organization, actor), work);
	}

	/** Runs {@code work} in a transaction of its own that commits whatever the enclosing one does later. */
	public <T> T callInNewTransaction(TenantScope scope, Supplier<T> work) {
		return TenantContext.call(scope, () -> requiresNew.execute(status -> work.get()));
	}

	public void runInNewTransaction(TenantScope scope, Runnable work) {
		callInNewTransaction(scope, () -> {
			work.run();
			return null;
		});
	}

	private static boolean isAnonymous(TenantScope scope) {
		return scope.organizationId() == null && scope.userId() == null && !scope.system();
	}

	/** The same organization, or both the system scope, or both the same person outside any organization. */
	private static boolean sameTenant(TenantScope open, TenantScope wanted) {
		if (open.system() || wanted.system()) {
			return open.system() && wanted.system();
		}
		if (open.organizationId() != null || wanted.organizationId() != null) {
			return Objects.equals(open.organizationId(), wanted.organizationId());
		}
		return Objects.equals(open.userId(), wanted.userId());
	}
}
