package com.growthhub.analytics.internal.retention;

import java.time.Clock;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** Purges expired records every night at 03:30 (server time), when few people save anything. */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	@Bean
	RecurringTask<Void> dataRetentionTask(DataRetention retention) {
		return Tasks.recurring("data-retention", Schedules.daily(LocalTime.of(3, 30)))
			.execute((instance, context) -> log.info("Retention ran for {} organizations",
					retention.purgeAll(Clock.systemUTC())));
	}
}
