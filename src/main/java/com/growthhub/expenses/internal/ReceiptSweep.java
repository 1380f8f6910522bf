package com.growthhub.expenses.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Queues again the receipts that still have no thumbnail or reading ten minutes after they were saved; queuing an
 * instance that exists is a no-op, so a receipt still in its job is not read twice.
 */
@Component
class ReceiptSweep {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ReceiptJobs jobs;

	ReceiptSweep(JdbcClient jdbc, TenantTransactions transactions, ReceiptJobs jobs) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.jobs = jobs;
	}

	int requeue() {
		List<String> stale = transactions.call(TenantScope.system(new Actor.Job("expense-receipt-sweep")), () -> jdbc.sql("""
				select e.organization_id || '/' || e.id || '/' || e.receipt_file_id from expenses e
				left join expense_receipt_readings r on r.expense_id = e.id
				where e.receipt_file_id is not null and e.updated_at < now() - interval '10 minutes'
				  and e.updated_at > now() - interval '2 days'
				  and ((e.thumbnail_file_id is null and e.receipt_type like 'image/%') or r.status = 'PENDING')
				limit 500
				""").query(String.class).list());
		stale.forEach(jobs::schedule);
		return stale.size();
	}
}
