package com.growthhub.eventplanning.internal;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** Reminders go out every minute they fall due; ended events are closed (no-shows marked) every five minutes. */
@Configuration(proxyBeanMethods = false)
class EventJobs {

	private static final Logger log = LoggerFactory.getLogger(EventJobs.class);

	@Bean
	RecurringTask<Void> eventRemindersTask(EventReminders reminders) {
		return Tasks.recurring("event-reminders", Schedules.fixedDelay(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				int sent = reminders.sendDue(Instant.now());
				if (sent > 0) {
					log.info("Event reminders sent for {} events", sent);
				}
			});
	}

	@Bean
	RecurringTask<Void> eventNoShowsTask(EventClosing closing) {
		return Tasks.recurring("event-no-shows", Schedules.fixedDelay(Duration.ofMinutes(5)))
			.execute((instance, context) -> {
				int noShows = closing.closeEnded(Instant.now());
				if (noShows > 0) {
					log.info("Ended events closed: {} no-shows", noShows);
				}
			});
	}
}
