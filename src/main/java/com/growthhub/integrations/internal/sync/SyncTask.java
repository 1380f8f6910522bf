package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.IntegrationSettings;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The job system's tasks: one run ({@code <organization>/<run>}; a node that dies mid-run leaves a dead execution the
 * job system runs again elsewhere, from the run's checkpoint), and every interval an incremental run for each
 * connection whose last sync is older than the interval.
 */
@Configuration(proxyBeanMethods = false)
class SyncTask {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("integration-sync", String.class);

	@Bean
	OneTimeTask<String> integrationSyncTask(SyncRunner runner) {
		return Tasks.oneTime(TASK).execute((instance, context) -> {
			String[] parts = instance.getData().split("/");
			runner.run(OrganizationId.of(UUID.fromString(parts[0])), UUID.fromString(parts[1]));
		});
	}

	@Bean
	RecurringTask<Void> integrationSyncDueTask(IntegrationSettings settings, ConnectionRepository connections,
			SyncRuns runs, TenantTransactions transactions) {
		return Tasks.recurring("integration-sync-due", FixedDelay.of(settings.syncInterval().compareTo(java.time.Duration.ofMinutes(1)) < 0 ? settings.syncInterval() : java.time.Duration.ofMinutes(1)))
			.execute((instance, context) -> transactions
				.call(TenantScope.system(new Actor.Job("integration-sync-due")),
						() -> connections.due(Instant.now().minus(settings.syncInterval())))
				.forEach(connection -> runs.queue(connection, SyncMode.INCREMENTAL)));
	}
}
