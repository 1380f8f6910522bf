package com.growthhub.masterclasses.internal;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** One sweep a minute on one node at a time (db-scheduler), so a reminder is at most a minute late. */
@Configuration(proxyBeanMethods = false)
class SeatReminderJob {

	private static final Logger log = LoggerFactory.getLogger(SeatReminderJob.class);

	@Bean
	RecurringTask<Void> masterclassRemindersTask(SeatReminders reminders) {
		return Tasks.recurring("masterclass-reminders", Schedules.fixedDelay(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				int sent = reminders.sendDue(Instant.now());
				if (sent > 0) {
					log.info("Masterclass reminders sent: {}", sent);
				}
			});
	}
}
