package com.growthhub.tasks.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** A task item (or a subitem, which names its parent) as the API and the pages show it. */
public record TaskItemView(UUID id, UUID boardId, UUID groupId, @Nullable UUID parentId, String name, TaskStatus status,
		double position, List<UUID> assigneeIds, @Nullable LocalDate dueDate, @Nullable TaskPriority priority, boolean rush,
		@Nullable UUID clientAccountId, @Nullable String description, @Nullable Instant doneAt, @Nullable Instant archivedAt,
		@Nullable UUID createdBy, Instant createdAt, Instant updatedAt, long version) {

	static final String COLUMNS = """
			id, board_id, group_id, parent_id, name, status, position, assignee_ids, due_date, priority, rush,
			client_account_id, description, done_at, archived_at, created_by, created_at, updated_at, version
			""";

	static final RowMapper<TaskItemView> ROWS = TaskItemView::map;

	private static TaskItemView map(ResultSet rs, int row) throws SQLException {
		String priority = rs.getString("priority");
		Object due = rs.getObject("due_date", LocalDate.class);
		return new TaskItemView(rs.getObject("id", UUID.class), rs.getObject("board_id", UUID.class),
				rs.getObject("group_id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("name"),
				TaskStatus.valueOf(rs.getString("status")), rs.getDouble("position"), uuids(rs.getArray("assignee_ids")),
				(LocalDate) due, priority == null ? null : TaskPriority.valueOf(priority), rs.getBoolean("rush"),
				rs.getObject("client_account_id", UUID.class), rs.getString("description"), instant(rs, "done_at"),
				instant(rs, "archived_at"), rs.getObject("created_by", UUID.class), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getLong("version"));
	}

	private static List<UUID> uuids(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	public boolean overdue(LocalDate today) {
		return status != TaskStatus.DONE && dueDate != null && dueDate.isBefore(today);
	}
}
