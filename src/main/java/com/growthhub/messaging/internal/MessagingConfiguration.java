package com.growthhub.messaging.internal;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	/** With no SMTP server configured (spring.mail.host) mail stays in the outbox, readable in the email log. */
	@Bean
	RecurringTask<Void> outboxDeliveryTask(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc,
			TransactionTemplate transactions, MessagingSettings settings) {
		JavaMailSender sender = mailSender.getIfAvailable();
		OutboxDelivery delivery = sender == null ? null : new OutboxDelivery(jdbc, transactions, sender, settings);
		return Tasks.recurring("outbox-delivery", FixedDelay.of(Duration.ofSeconds(2)))
			.execute((instance, context) -> {
				if (delivery != null) {
					delivery.deliverDue();
				}
			});
	}
}
