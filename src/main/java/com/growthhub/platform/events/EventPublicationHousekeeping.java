package com.growthhub.platform.events;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Runs on one node at a time (db-scheduler): delivers again what was not delivered, and forgets what was long ago.
 * Restarting a node also republishes everything outstanding; listeners are idempotent, so a delivery twice is safe.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventDeliverySettings.class)
class EventPublicationHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

	@Bean
	RecurringTask<Void> eventRedeliveryTask(IncompleteEventPublications incomplete, EventDeliverySettings settings) {
		return Tasks.recurring("event-redelivery", FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				// Filtered on the publication date here as well: the JDBC registry of Modulith 2.1.1 ignores minAge.
				Instant due = Instant.now().minus(settings.retryAfter());
				incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
					.withMinAge(settings.retryAfter())
					.withFilter(publication -> publication.getPublicationDate().isBefore(due)
							&& publication.getCompletionAttempts() < settings.maxAttempts()));
			});
	}

	@Bean
	RecurringTask<Void> eventPublicationCleanupTask(CompletedEventPublications completed, EventDeliverySettings settings) {
		return Tasks.recurring("event-publication-cleanup", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> {
				completed.deletePublicationsOlderThan(settings.keepCompleted());
				log.debug("Removed event publications completed over {} ago", settings.keepCompleted());
			});
	}
}
