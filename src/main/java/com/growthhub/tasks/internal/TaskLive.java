package com.growthhub.tasks.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.TaskItemChanged;
import com.growthhub.tasks.TaskItemDeleted;

/**
 * Announces a changed board item, after the change commits: to everybody watching the board (ids and statuses only,
 * the browsers fetch the columns they show again), as {@link TaskItemChanged} to the modules that mirror boards, and
 * as figures to the agency hub.
 */
@Component
public class TaskLive {

	private final LiveUpdates live;
	private final ApplicationEventPublisher events;
	private final TaskHubReport hub;

	TaskLive(LiveUpdates live, ApplicationEventPublisher events, TaskHubReport hub) {
		this.live = live;
		this.events = events;
		this.hub = hub;
	}

	public static String topic(UUID boardId) {
		return "task-board:" + boardId;
	}

	/** @param before the status it had, null for a new item */
	void changed(OrganizationId organization, Actor actor, TaskItemView item, @Nullable TaskStatus before) {
		if (item.parentId() != null) {
			return;
		}
		hub.changed(organization);
		String from = before == null ? "" : before.key();
		live.publish(topic(item.boardId()), "item-changed",
				"{\"id\":\"" + item.id() + "\",\"status\":\"" + item.status().key() + "\",\"fromStatus\":\"" + from + "\"}");
		events.publishEvent(new TaskItemChanged(organization, item.id(), item.boardId(), item.name(), item.status().key(),
				before == null, actor.label(), item.version(), Instant.now()));
	}

	/** A deletion or an archiving: the board's watchers refresh; a deletion is announced for mirrors to follow. */
	void removed(OrganizationId organization, Actor actor, TaskItemView item, boolean deleted) {
		if (item.parentId() == null) {
			hub.changed(organization);
			live.publish(topic(item.boardId()), "item-changed",
					"{\"id\":\"" + item.id() + "\",\"status\":\"" + item.status().key() + "\",\"fromStatus\":\"\"}");
			if (deleted) {
				events.publishEvent(new TaskItemDeleted(organization, item.id(), item.boardId(), item.name(), actor.label(),
						Instant.now()));
			}
		}
	}
}
