package com.growthhub.journeys.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** Runs the step-due reminders every morning at 07:00 UTC. */
@Configuration(proxyBeanMethods = false)
class JourneyStepReminderSchedule {

	private static final Logger log = LoggerFactory.getLogger(JourneyStepReminderSchedule.class);

	@Bean
	RecurringTask<Void> journeyStepRemindersTask(JourneyStepReminders reminders) {
		return Tasks.recurring("journey-step-reminders", Schedules.daily(java.time.LocalTime.of(7, 0)))
			.execute((instance, context) -> log.info("Journey step reminders sent for {} steps", reminders.notifyDueToday()));
	}
}
