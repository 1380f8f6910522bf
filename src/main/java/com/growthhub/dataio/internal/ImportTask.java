package com.growthhub.dataio.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.platform.PlatformSettings;

/**
 * The job system's task for one import, keyed by the import's id. Should a node die mid-import, the job
 * system notices the missing heartbeat and runs the task again on a live node.
 */
@Configuration(proxyBeanMethods = false)
class ImportTask {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("contact-import", String.class);

	/** Every minute: an import half that stayed prepared (its commit failed after the import's) is finished. */
	@Bean
	RecurringTask<Void> importPreparedHalvesTask(ImportRunner runner) {
		return Tasks.recurring("import-prepared-halves", FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> runner.finishPreparedHalves());
	}

	@Bean
	OneTimeTask<String> contactImportTask(ImportRunner runner, PlatformSettings platform) {
		return Tasks.oneTime(TASK).execute((instance, context) -> runner.run(UUID.fromString(instance.getData()),
				platform.dataDir()));
	}
}
