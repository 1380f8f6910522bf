package com.growthhub.expenses.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.growthhub.shared.OrganizationId;

/**
 * Queues the background work on a new receipt (its thumbnail, and reading it when tesseract is installed): a reading
 * row starts {@code pending} in the expense's transaction, and the job is queued once that transaction commits, so it
 * always finds the expense. {@link ReceiptSweep} queues again what a crash between the two left behind.
 */
@Component
class ReceiptJobs {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("expense-receipt", String.class);

	/** Looked up when used: the job system is built from the tasks, and the sweep's task needs this class. */
	private final ObjectProvider<SchedulerClient> scheduler;
	private final ExpenseRepository repository;
	private final ReceiptReader reader;

	ReceiptJobs(ObjectProvider<SchedulerClient> scheduler, ExpenseRepository repository, ReceiptReader reader) {
		this.scheduler = scheduler;
		this.repository = repository;
		this.reader = reader;
	}

	boolean readsReceipts() {
		return reader.available();
	}

	/** Inside the transaction that put {@code receipt} on the expense. */
	void read(OrganizationId organization, UUID expenseId, ExpenseRepository.ReceiptFile receipt) {
		if (reader.available()) {
			repository.startReading(organization, expenseId, receipt.contentType().startsWith("image/")
					? ReceiptReading.Status.PENDING : ReceiptReading.Status.UNSUPPORTED);
		}
		String data = organization.value() + "/" + expenseId + "/" + receipt.fileId();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				schedule(data);
			}
		});
	}

	void schedule(String data) {
		scheduler.getObject().scheduleIfNotExists(TASK.instance(data).data(data).scheduledTo(Instant.now()));
	}
}
