package com.growthhub.contacts.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Runs the trash purge every hour: retention is counted in days, so an hour late is never noticed. */
@Configuration(proxyBeanMethods = false)
class TrashRetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(TrashRetentionSchedule.class);

	@Bean
	RecurringTask<Void> contactTrashRetentionTask(TrashRetention retention) {
		return Tasks.recurring("contact-trash-retention", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> log.info("Trash retention purged {} contacts", retention.purge()));
	}
}
