package com.growthhub.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new item; without a group it goes into the board's first one. It starts in the backlog, at the column's end. */
public record TaskDraft(String name, @Nullable UUID groupId, @Nullable List<UUID> assigneeIds, @Nullable LocalDate dueDate,
		@Nullable TaskPriority priority, boolean rush, @Nullable UUID clientAccountId, @Nullable String description) {

	public static TaskDraft named(String name) {
		return new TaskDraft(name, null, null, null, null, false, null, null);
	}
}
