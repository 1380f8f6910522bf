package com.growthhub.reviews.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The recurring check that flags unanswered reviews, on every node's scheduler but run by one at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewsSettings.class)
class ReviewJobs {

	@Bean
	RecurringTask<Void> reviewOverdueTask(ReviewsSettings settings, ReviewOverdueFlags flags,
			ObjectProvider<Clock> clock) {
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		return Tasks.recurring("review-overdue", FixedDelay.of(settings.overdueCheckInterval()))
			.execute((instance, context) -> flags.flagOverdue(time.instant()));
	}
}
