package com.growthhub.tasks.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.shared.OrganizationId;

/**
 * Tells everybody watching a board that an item changed, after the change commits: ids and statuses only, the
 * browsers fetch the columns they show again.
 */
@Component
public class TaskLive {

	private final LiveUpdates live;

	TaskLive(LiveUpdates live) {
		this.live = live;
	}

	public static String topic(UUID boardId) {
		return "task-board:" + boardId;
	}

	void changed(OrganizationId organization, TaskItemView item, @Nullable TaskStatus before) {
		if (item.parentId() != null) {
			return;
		}
		String from = before == null ? "" : before.key();
		live.publish(topic(item.boardId()), "item-changed",
				"{\"id\":\"" + item.id() + "\",\"status\":\"" + item.status().key() + "\",\"fromStatus\":\"" + from + "\"}");
	}
}
