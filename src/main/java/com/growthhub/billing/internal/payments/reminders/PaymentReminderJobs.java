package com.growthhub.billing.internal.payments.reminders;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** Payment reminders are looked for every 15 minutes, by whichever node's scheduler picks the job. */
@Configuration(proxyBeanMethods = false)
class PaymentReminderJobs {

	private static final Logger log = LoggerFactory.getLogger(PaymentReminderJobs.class);

	@Bean
	RecurringTask<Void> paymentRemindersTask(PaymentReminders reminders) {
		return Tasks.recurring("payment-reminders", Schedules.fixedDelay(Duration.ofMinutes(15)))
			.execute((instance, context) -> {
				int sent = reminders.sendDue(LocalDate.now(ZoneOffset.UTC));
				if (sent > 0) {
					log.info("Payment reminders sent: {}", sent);
				}
			});
	}
}
