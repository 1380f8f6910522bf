package com.growthhub.expenses.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.shared.OrganizationId;

/**
 * The job system's task for one receipt, keyed by {@code <organization>/<expense>/<file>}: a thumbnail, then the
 * reading. Should a node die mid-way, the job system runs it again elsewhere; every step is safe to repeat.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptTask {

	@Bean
	OneTimeTask<String> expenseReceiptTask(ReceiptProcessor processor) {
		return Tasks.oneTime(ReceiptJobs.TASK).execute((instance, context) -> {
			String[] parts = instance.getData().split("/");
			processor.process(OrganizationId.of(UUID.fromString(parts[0])), UUID.fromString(parts[1]),
					UUID.fromString(parts[2]));
		});
	}

	/** Every five minutes: receipts whose job was never queued (a crash right after the expense was saved). */
	@Bean
	RecurringTask<Void> expenseReceiptSweepTask(ReceiptSweep sweep) {
		return Tasks.recurring("expense-receipt-sweep", FixedDelay.of(Duration.ofMinutes(5)))
			.execute((instance, context) -> sweep.requeue());
	}
}
