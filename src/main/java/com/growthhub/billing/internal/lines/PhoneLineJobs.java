package com.growthhub.billing.internal.lines;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Looks for unbilled months every day (UTC): the first run of a month bills it, and a month missed while no node ran
 * is billed by the next run in it. Each month and account is billed once however often it runs.
 */
@Configuration(proxyBeanMethods = false)
class PhoneLineJobs {

	private static final Logger log = LoggerFactory.getLogger(PhoneLineJobs.class);

	@Bean
	RecurringTask<Void> phoneLineInvoicesTask(PhoneLineBilling billing) {
		return Tasks.recurring("phone-line-invoices", Schedules.daily(LocalTime.of(2, 0)))
			.execute((instance, context) -> {
				int made = billing.billMonth(YearMonth.now(ZoneOffset.UTC));
				if (made > 0) {
					log.info("Phone-line invoices made: {}", made);
				}
			});
	}
}
