package com.growthhub.contacts.internal.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Merges the pending GIN entries every 10 seconds, unless an import runs: everyday writes leave a few pages,
 * searches barely notice.
 */
@Configuration(proxyBeanMethods = false)
class PendingIndexEntriesSchedule {

	private static final Logger log = LoggerFactory.getLogger(PendingIndexEntriesSchedule.class);

	@Bean
	RecurringTask<Void> contactIndexMergeTask(PendingIndexEntries entries) {
		return Tasks.recurring("contact-index-merge", FixedDelay.of(Duration.ofSeconds(10)))
			.execute((instance, context) -> log.debug("Merged {} pending index pages", entries.mergeUnlessImporting()));
	}
}
