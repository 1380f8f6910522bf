package com.growthhub.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a new transaction under a given tenant scope. The scope must be in place before the
 * transaction begins, because that is when it is handed to PostgreSQL.
 */
@Component
public class TenantTransactions {

	private final TransactionTemplate template;

	TenantTransactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public <T> T call(TenantScope scope, Supplier<T> work) {
		return TenantContext.call(scope, () -> template.execute(status -> work.get()));
	}

	public void run(TenantScope scope, Runnable work) {
		call(scope, () -> {
			work.run();
			return null;
		});
	}
}
