package com.growthhub.media.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The library's background jobs: processing an upload, expiring snaps, and picking up uploads nobody queued. */
@Configuration(proxyBeanMethods = false)
class MediaTasks {

	private static final Logger log = LoggerFactory.getLogger(MediaTasks.class);

	@Bean
	OneTimeTask<String> mediaProcessingTask(MediaProcessing processing) {
		return Tasks.oneTime(MediaProcessingQueue.TASK)
			.execute((instance, context) -> processing.process(MediaProcessingQueue.Work.parse(instance.getData())));
	}

	@Bean
	RecurringTask<Void> mediaSnapExpiryTask(SnapExpiry snaps) {
		return Tasks.recurring("media-snap-expiry", FixedDelay.of(Duration.ofMinutes(1))).execute((instance, context) -> {
			int expired = snaps.expireDue();
			if (expired > 0) {
				log.info("Deleted {} expired snap collections", expired);
			}
		});
	}

	/**
	 * An item is queued right after its upload commits; a node that died in between left it processing with no task.
	 * Every five minutes such items (processing for over ten minutes) are queued again; a queued one is left alone.
	 */
	@Bean
	RecurringTask<Void> mediaProcessingSweepTask(MediaProcessing processing) {
		return Tasks.recurring("media-processing-sweep", FixedDelay.of(Duration.ofMinutes(5)))
			.execute((instance, context) -> processing.requeueStale(Duration.ofMinutes(10)));
	}
}
