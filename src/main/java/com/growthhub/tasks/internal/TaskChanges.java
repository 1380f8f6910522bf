package com.growthhub.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Changes to an item's fields: a {@code null} field stays as it is; an empty {@link Optional} clears a field that may
 * be empty. A status change goes through the same rules as a move.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record TaskChanges(@Nullable String name, @Nullable Optional<String> description, @Nullable Optional<LocalDate> dueDate,
		@Nullable Optional<TaskPriority> priority, @Nullable Boolean rush, @Nullable List<UUID> assigneeIds,
		@Nullable Optional<UUID> clientAccountId, @Nullable UUID groupId, @Nullable TaskStatus status,
		@Nullable Long version) {

	public static TaskChanges none() {
		return new TaskChanges(null, null, null, null, null, null, null, null, null, null);
	}

	public TaskChanges withStatus(TaskStatus newStatus) {
		return new TaskChanges(name, description, dueDate, priority, rush, assigneeIds, clientAccountId, groupId, newStatus,
				version);
	}
}
