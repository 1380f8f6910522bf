package com.growthhub.messaging.internal.lines;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.platform.tenancy.TenantTransactions;

/** The SMS provider when {@code growthhub.sms.*} names one; else lines are confirmed by hand and texts stay queued. */
@Configuration(proxyBeanMethods = false)
class LinesConfiguration {

	@Bean
	NumberProvisioning numberProvisioning(SmsSettings sms) {
		return sms.configured() ? new TwilioApi(sms) : new ManualProvisioning();
	}

	@Bean
	SmsOutbox smsOutbox(SmsSettings sms, JdbcClient jdbc, TenantTransactions transactions) {
		return new SmsOutbox(jdbc, transactions, sms.configured() ? new TwilioApi(sms) : null);
	}

	@Bean
	RecurringTask<Void> smsDeliveryTask(ObjectProvider<SmsOutbox> outbox) {
		return Tasks.recurring("sms-delivery", FixedDelay.of(Duration.ofSeconds(2)))
			.execute((instance, context) -> outbox.ifAvailable(SmsOutbox::deliverDue));
	}
}
