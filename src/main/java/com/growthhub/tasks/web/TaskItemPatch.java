package com.growthhub.tasks.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.EnumKeys;
import com.growthhub.tasks.internal.TaskChanges;
import com.growthhub.tasks.internal.TaskPriority;
import com.growthhub.tasks.internal.TaskRefusedException;
import com.growthhub.tasks.internal.TaskStatus;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * Absent fields stay. Description, due date, priority and client account arrive as JSON nodes so that an explicit
 * {@code null} clears them while an absent one keeps them. A status goes through the move rules.
 */
record TaskItemPatch(@Nullable @Size(max = 200) String name,
		@Schema(type = "string", nullable = true) @Nullable JsonNode description,
		@Schema(type = "string", format = "date", nullable = true) @Nullable JsonNode dueDate,
		@Schema(type = "string", allowableValues = { "low", "medium", "high", "urgent" }, nullable = true) @Nullable JsonNode priority,
		@Nullable Boolean rush, @Nullable List<UUID> assigneeIds,
		@Schema(type = "string", format = "uuid", nullable = true) @Nullable JsonNode clientAccountId,
		@Nullable UUID groupId, @Nullable TaskStatus status, @Nullable Long version) {

	TaskChanges toChanges() {
		return new TaskChanges(name, value(description, "description", text -> text), value(dueDate, "dueDate", LocalDate::parse),
				value(priority, "priority", TaskItemPatch::priorityOf), rush, assigneeIds,
				value(clientAccountId, "clientAccountId", UUID::fromString), groupId, status, version);
	}

	private static TaskPriority priorityOf(String key) {
		TaskPriority priority = EnumKeys.find(TaskPriority.class, key);
		if (priority == null) {
			throw new IllegalArgumentException(key);
		}
		return priority;
	}

	@SuppressWarnings("OptionalAssignedToNull")
	private static <T> @Nullable Optional<T> value(@Nullable JsonNode field, String name, Function<String, T> parse) {
		if (field == null) {
			return null;
		}
		if (field.isNull()) {
			return Optional.empty();
		}
		try {
			if (field.isString()) {
				return Optional.of(parse.apply(field.asString()));
			}
		}
		catch (RuntimeException ex) {
			// answered below
		}
		throw TaskRefusedException.invalid(name, "is not valid");
	}
}
