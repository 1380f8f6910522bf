package com.growthhub.media.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.growthhub.shared.OrganizationId;

/**
 * Hands items to the background job system, one task per item (keyed by its id, so queueing twice runs it once).
 * Should a node die mid-processing, the job system runs the task again on a live node.
 */
@Component
class MediaProcessingQueue {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("media-processing", String.class);

	/** Looked up when used: the scheduler is built from the task beans, and the tasks queue work themselves. */
	private final ObjectProvider<SchedulerClient> scheduler;

	MediaProcessingQueue(ObjectProvider<SchedulerClient> scheduler) {
		this.scheduler = scheduler;
	}

	/** Call after the item's row has committed: the task may start at once on any node. */
	void enqueue(OrganizationId organization, UUID mediaId) {
		scheduler.getObject().scheduleIfNotExists(TASK.instance(mediaId.toString())
			.data(organization.value() + "/" + mediaId)
			.scheduledTo(Instant.now()));
	}

	record Work(OrganizationId organization, UUID mediaId) {

		static Work parse(String data) {
			int slash = data.indexOf('/');
			return new Work(OrganizationId.of(UUID.fromString(data.substring(0, slash))),
					UUID.fromString(data.substring(slash + 1)));
		}
	}
}
