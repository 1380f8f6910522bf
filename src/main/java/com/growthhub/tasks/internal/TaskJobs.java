package com.growthhub.tasks.internal;

import java.time.Clock;
import java.time.LocalTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** The archive-and-purge of done items and the hub's nightly figures, on one node at a time through the job system. */
@Configuration(proxyBeanMethods = false)
class TaskJobs {

	@Bean
	RecurringTask<Void> taskRetentionTask(TaskRetention retention, TaskSettings settings) {
		return Tasks.recurring("task-retention", FixedDelay.of(settings.retentionInterval()))
			.execute((instance, context) -> retention.run(Clock.systemUTC()));
	}

	/** Items fall due without anybody touching them: the agency hub's overdue figures are refreshed each night. */
	@Bean
	RecurringTask<Void> taskHubFiguresTask(TaskHubReport report) {
		return Tasks.recurring("task-hub-figures", Schedules.daily(LocalTime.of(0, 15)))
			.execute((instance, context) -> report.fallenDue());
	}
}
