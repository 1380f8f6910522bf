package com.growthhub.integrations.internal.webhooks;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * The job system's delivery task: every poll interval one node drains what is due (retries, deliveries queued on a
 * node that died before it sent them). Fresh events do not wait for it: the node that queued them is nudged.
 */
@Configuration(proxyBeanMethods = false)
class WebhookJobs {

	@Bean
	RecurringTask<Void> webhookDeliveriesTask(WebhookDispatcher dispatcher, WebhookSettings settings) {
		return Tasks.recurring("webhook-deliveries", FixedDelay.of(settings.pollInterval()))
			.execute((instance, context) -> dispatcher.drain());
	}

	/** Hourly: the log keeps finished deliveries for {@link WebhookSettings#keepDeliveries}, pending ones always. */
	@Bean
	RecurringTask<Void> webhookLogRetentionTask(DeliveryRepository deliveries, TenantTransactions transactions,
			WebhookSettings settings) {
		Actor job = new Actor.Job("webhook-log-retention");
		return Tasks.recurring("webhook-log-retention", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> {
				int removed;
				do {
					removed = transactions.call(TenantScope.system(job), () -> deliveries.forgetFinished(settings.keepDeliveries(), 5000));
				}
				while (removed == 5000);
			});
	}
}
