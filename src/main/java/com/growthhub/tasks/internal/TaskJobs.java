package com.growthhub.tasks.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The archive-and-purge of done items, on one node at a time through the job system. */
@Configuration(proxyBeanMethods = false)
class TaskJobs {

	@Bean
	RecurringTask<Void> taskRetentionTask(TaskRetention retention, TaskSettings settings) {
		return Tasks.recurring("task-retention", FixedDelay.of(settings.retentionInterval()))
			.execute((instance, context) -> retention.run(Clock.systemUTC()));
	}
}
