package com.growthhub.integrations.internal.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

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
}
