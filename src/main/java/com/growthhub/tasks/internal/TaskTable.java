package com.growthhub.tasks.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** A board as a table: its items sorted by a column of choice and filtered, the first {@link #ROWS} rows. */
@Service
public class TaskTable {

	public static final int ROWS = 200;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Boards boards;

	TaskTable(JdbcClient jdbc, TenantTransactions transactions, Boards boards) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.boards = boards;
	}

	/** The sortable columns; the SQL comes from here, never from the request. */
	public enum Sort {

		POSITION("array_position(array['BACKLOG','IN_PROGRESS','REVIEW','DONE'], status), position"),
		NAME("lower(name)"),
		STATUS("array_position(array['BACKLOG','IN_PROGRESS','REVIEW','DONE'], status), position"),
		DUE("due_date nulls last"),
		PRIORITY("array_position(array['URGENT','HIGH','MEDIUM','LOW'], priority) nulls last"),
		CREATED("created_at desc");

		private final String order;

		Sort(String order) {
			this.order = order;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public List<TaskItemView> rows(OrganizationId organization, Actor actor, UUID boardId, TaskItems.Filter filter,
			Sort sort) {
		boards.get(organization, actor, boardId);
		return transactions.call(organization, actor, () -> jdbc.sql("select " + TaskItemView.COLUMNS + """
				 from task_items where organization_id = :org and board_id = :board and parent_id is null
				 and archived_at is null
				 and (cast(:status as text) is null or status = :status)
				 and (cast(:assignee as uuid) is null or :assignee = any (assignee_ids))
				 and (cast(:q as text) is null or strpos(lower(name), lower(:q)) > 0)
				""" + " order by " + sort.order + ", id limit :limit")
			.param("org", organization.value()).param("board", boardId)
			.param("status", filter.status() == null ? null : filter.status().name()).param("assignee", filter.assigneeId())
			.param("q", blankToNull(filter.q())).param("limit", ROWS).query(TaskItemView.ROWS).list());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
