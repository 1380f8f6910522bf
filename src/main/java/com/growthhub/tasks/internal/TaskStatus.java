package com.growthhub.tasks.internal;

import java.util.Set;

/**
 * Where an item stands, in board column order. The seed's flow: backlog → in progress → review → done, and back from
 * review to in progress when the work needs changes; every other jump is refused.
 */
public enum TaskStatus {

	BACKLOG, IN_PROGRESS, REVIEW, DONE;

	public Set<TaskStatus> next() {
		return switch (this) {
			case BACKLOG -> Set.of(IN_PROGRESS);
			case IN_PROGRESS -> Set.of(REVIEW);
			case REVIEW -> Set.of(DONE, IN_PROGRESS);
			case DONE -> Set.of();
		};
	}

	/** Staying put is always allowed: it is a reorder within the column. */
	public boolean canMoveTo(TaskStatus target) {
		return target == this || next().contains(target);
	}

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
