package com.growthhub.tasks.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * A board as its Kanban view draws it: one column per status with its count and its first cards in position order
 * (one index range each), later cards page by page. A board of thousands of items draws only what fits.
 */
@Service
public class TaskBoard {

	public static final int CARDS_PER_PAGE = 25;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Boards boards;
	private final Members members;
	private final TaskAccess access;

	TaskBoard(JdbcClient jdbc, TenantTransactions transactions, Boards boards, Members members, TaskAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.boards = boards;
		this.members = members;
		this.access = access;
	}

	/** A card's face, worked out once here rather than per card in the template: names, lateness, where it may go. */
	public record Card(TaskItemView item, String assignees, @Nullable String groupName, boolean overdue,
			List<TaskStatus> moves) {
	}

	/** @param nextOffset where the next page of this column starts, or {@code null} when it is all shown */
	public record Column(TaskStatus status, long count, List<Card> cards, @Nullable Integer nextOffset) {
	}

	/** @param editable whether the viewer may add and move cards; a client user only reads a shared board */
	public record View(Boards.BoardView board, List<Column> columns, boolean editable) {
	}

	private record Count(String status, long count) {
	}

	public View load(OrganizationId organization, Actor actor, UUID boardId) {
		Boards.BoardView board = boards.get(organization, actor, boardId);
		Map<UUID, String> names = names(organization);
		Map<UUID, String> groups = groups(organization, actor, boardId);
		boolean editable = access.canEdit(organization, actor);
		return transactions.call(organization, actor, () -> {
			Map<String, Long> counts = jdbc.sql("""
					select status, count(*) as count from task_items where organization_id = ? and board_id = ?
					and parent_id is null and archived_at is null group by status
					""").params(organization.value(), boardId).query(Count.class).list().stream()
				.collect(Collectors.toMap(Count::status, Count::count));
			List<Column> columns = Arrays.stream(TaskStatus.values())
				.map(status -> page(organization, boardId, status, counts.getOrDefault(status.name(), 0L), 0, names, groups,
						editable))
				.toList();
			return new View(board, columns, editable);
		});
	}

	/** One column from {@code offset}: the first page (offset 0) with its count, a later one without (-1). */
	public Column column(OrganizationId organization, Actor actor, UUID boardId, TaskStatus status, int offset) {
		boards.get(organization, actor, boardId);
		Map<UUID, String> names = names(organization);
		Map<UUID, String> groups = groups(organization, actor, boardId);
		boolean editable = access.canEdit(organization, actor);
		return transactions.call(organization, actor, () -> {
			long count = offset > 0 ? -1 : jdbc.sql("""
					select count(*) from task_items where organization_id = ? and board_id = ? and parent_id is null
					and archived_at is null and status = ?
					""").params(organization.value(), boardId, status.name()).query(Long.class).single();
			return page(organization, boardId, status, count, Math.max(offset, 0), names, groups, editable);
		});
	}

	private Column page(OrganizationId organization, UUID boardId, TaskStatus status, long count, int offset,
			Map<UUID, String> names, Map<UUID, String> groups, boolean editable) {
		List<TaskItemView> items = jdbc.sql("select " + TaskItemView.COLUMNS + """
				 from task_items where organization_id = ? and board_id = ? and parent_id is null and archived_at is null
				 and status = ? order by position, id offset ? limit ?
				""").params(organization.value(), boardId, status.name(), offset, CARDS_PER_PAGE + 1)
			.query(TaskItemView.ROWS).list();
		java.time.LocalDate today = java.time.LocalDate.now();
		List<TaskStatus> moves = editable ? Arrays.stream(TaskStatus.values()).filter(status.next()::contains).toList()
				: List.of();
		List<Card> cards = items.stream().limit(CARDS_PER_PAGE)
			.map(item -> new Card(item,
					String.join(", ", item.assigneeIds().stream().map(id -> names.getOrDefault(id, "?")).toList()),
					groups.get(item.groupId()), item.overdue(today), moves))
			.toList();
		return new Column(status, count, cards, items.size() > CARDS_PER_PAGE ? offset + CARDS_PER_PAGE : null);
	}

	private Map<UUID, String> names(OrganizationId organization) {
		return members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a));
	}

	private Map<UUID, String> groups(OrganizationId organization, Actor actor, UUID boardId) {
		return boards.groups(organization, actor, boardId).stream()
			.collect(Collectors.toMap(Boards.GroupView::id, Boards.GroupView::name));
	}
}
