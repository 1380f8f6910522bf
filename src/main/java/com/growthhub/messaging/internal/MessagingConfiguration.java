package com.growthhub.messaging.internal;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import com.growthhub.messaging.internal.delivery.MailTransport;
import com.growthhub.messaging.internal.delivery.MailgunSettings;
import com.growthhub.messaging.internal.delivery.MailgunTransport;
import com.growthhub.messaging.internal.delivery.SmtpTransport;
import com.growthhub.messaging.internal.tracking.EmailStatusEvents;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailgunSettings.class)
class MessagingConfiguration {

	/**
	 * Mailgun's HTTP API when its key and domain are set, else SMTP when spring.mail.host is; with neither, mail stays
	 * in the outbox, readable in the email log and the local mailbox.
	 */
	@Bean
	@Conditional(MailTransportConfigured.class)
	OutboxDelivery outboxDelivery(JdbcClient jdbc, TenantTransactions transactions,
			ObjectProvider<JavaMailSender> mailSender, MailgunSettings mailgun, MessagingSettings settings,
			EmailStatusEvents statusEvents) {
		MailTransport transport = mailgun.configured() ? new MailgunTransport(mailgun)
				: new SmtpTransport(mailSender.getObject());
		return new OutboxDelivery(jdbc, transactions, transport, settings, statusEvents);
	}

	@Bean
	RecurringTask<Void> outboxDeliveryTask(ObjectProvider<OutboxDelivery> delivery) {
		return Tasks.recurring("outbox-delivery", FixedDelay.of(Duration.ofSeconds(2)))
			.execute((instance, context) -> delivery.ifAvailable(OutboxDelivery::deliverDue));
	}

	/** Events older than a month are not delivered again (see growthhub.events), so their occasions can go. */
	@Bean
	RecurringTask<Void> notificationOccasionsCleanupTask(JdbcClient jdbc, TenantTransactions transactions) {
		return Tasks.recurring("notification-occasions-cleanup", FixedDelay.of(Duration.ofHours(6)))
			.execute((instance, context) -> transactions.run(TenantScope.system(new Actor.Job("notification-occasions")),
					() -> jdbc.sql("delete from notification_occasions where created_at < now() - interval '30 days'")
						.update()));
	}
}
