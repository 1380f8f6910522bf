package com.growthhub.tasks.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** Items and subitems of a board: creating, reading, listing and changing their fields. Moves are {@link TaskMoves}. */
@Service
public class TaskItems {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskAccess access;
	private final Members members;
	private final TaskMoves moves;
	private final TaskNotices notices;
	private final TaskLive live;

	TaskItems(JdbcClient jdbc, TenantTransactions transactions, TaskAccess access, Members members, TaskMoves moves,
			TaskNotices notices, TaskLive live) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.members = members;
		this.moves = moves;
		this.notices = notices;
		this.live = live;
	}

	public record Page(List<TaskItemView> items, @Nullable String nextCursor) {
	}

	/** A board's items, newest first; filters status and assignee, and {@code q} in the name. */
	public record Filter(@Nullable TaskStatus status, @Nullable UUID assigneeId, @Nullable String q, boolean archived) {

		public static Filter none() {
			return new Filter(null, null, null, false);
		}
	}

	public TaskItemView create(OrganizationId organization, Actor actor, UUID boardId, TaskDraft draft) {
		return insert(organization, actor, boardId, null, draft);
	}

	public TaskItemView createSubitem(OrganizationId organization, Actor actor, UUID parentId, TaskDraft draft) {
		TaskItemView parent = editable(organization, actor, parentId);
		if (parent.parentId() != null) {
			throw TaskRefusedException.invalid("parentId", "is a subitem; subitems have no subitems");
		}
		return insert(organization, actor, parent.boardId(), parent, draft);
	}

	private TaskItemView insert(OrganizationId organization, Actor actor, UUID boardId, @Nullable TaskItemView parent,
			TaskDraft draft) {
		if (!access.canEdit(organization, actor)) {
			throw transactions.call(organization, actor, () -> sharedBoard(organization, boardId))
					? TaskRefusedException.forbidden() : NotFoundException.of("Board");
		}
		String name = TaskTexts.name("name", draft.name(), 200);
		String description = TaskTexts.optional("description", draft.description(), 10_000);
		List<UUID> assignees = checkedAssignees(organization, draft.assigneeIds());
		UUID id = UUID.randomUUID();
		TaskItemView created = transactions.call(organization, actor, () -> {
			UUID groupId = parent != null ? parent.groupId() : group(organization, boardId, draft.groupId());
			jdbc.sql("insert into task_items (id, organization_id, board_id, group_id, parent_id, name, position, "
					+ "assignee_ids, due_date, priority, rush, client_account_id, description, created_by) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, organization.value(), boardId, groupId, parent == null ? null : parent.id(), name,
						moves.endOf(organization, boardId, parent == null ? null : parent.id(), TaskStatus.BACKLOG),
						assignees.toArray(UUID[]::new), draft.dueDate(),
						draft.priority() == null ? null : draft.priority().name(), draft.rush(), draft.clientAccountId(),
						description, actor.userId())
				.update();
			TaskItemView item = row(organization, id);
			if (item.rush()) {
				notices.rush(organization, actor, item, item.assigneeIds());
			}
			live.changed(organization, actor, item, null);
			return item;
		});
		return created;
	}

	/** A client user gets only an item of a board shared with the client; any other is not found. */
	public TaskItemView get(OrganizationId organization, Actor actor, UUID id) {
		boolean all = access.canEdit(organization, actor);
		return transactions.call(organization, actor, () -> {
			TaskItemView item = row(organization, id);
			if (!all && !sharedBoard(organization, item.boardId())) {
				throw NotFoundException.of("Task");
			}
			return item;
		});
	}

	/** The item, when the actor may change it: 404 when they may not even see it, 403 when they only read it. */
	public TaskItemView editable(OrganizationId organization, Actor actor, UUID id) {
		TaskItemView item = get(organization, actor, id);
		access.check(organization, actor);
		return item;
	}

	public List<TaskItemView> subitems(OrganizationId organization, Actor actor, UUID parentId) {
		get(organization, actor, parentId);
		return transactions.call(organization, actor, () -> jdbc.sql("select " + TaskItemView.COLUMNS
				+ " from task_items where organization_id = ? and parent_id = ? order by position, id")
			.params(organization.value(), parentId).query(TaskItemView.ROWS).list());
	}

	public Page list(OrganizationId organization, Actor actor, UUID boardId, Filter filter, @Nullable String cursor,
			int limit) {
		boolean all = access.canEdit(organization, actor);
		PageCursor after = PageCursor.parse(cursor);
		int size = Math.clamp(limit, 1, 500);
		List<TaskItemView> rows = transactions.call(organization, actor, () -> {
			boardExists(organization, boardId);
			if (!all && !sharedBoard(organization, boardId)) {
				throw NotFoundException.of("Board");
			}
			return jdbc.sql("select " + TaskItemView.COLUMNS + """
					 from task_items where organization_id = :org and board_id = :board and parent_id is null
					 and (archived_at is not null) = :archived
					 and (cast(:status as text) is null or status = :status)
					 and (cast(:assignee as uuid) is null or :assignee = any (assignee_ids))
					 and (cast(:q as text) is null or name ilike '%' || :q || '%')
					 and (cast(:afterTime as timestamptz) is null or (created_at, id) < (cast(:afterTime as timestamptz), :afterId))
					 order by created_at desc, id desc limit :limit
					""").param("org", organization.value()).param("board", boardId).param("archived", filter.archived())
				.param("status", filter.status() == null ? null : filter.status().name())
				.param("assignee", filter.assigneeId())
				.param("q", filter.q() == null || filter.q().isBlank() ? null : likeSafe(filter.q().strip()))
				.param("afterTime", after == null ? null : java.sql.Timestamp.from(after.instant()))
				.param("afterId", after == null ? null : after.id()).param("limit", size + 1).query(TaskItemView.ROWS)
				.list();
		});
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		TaskItemView last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.createdAt(), last.id()).encode());
	}

	public TaskItemView update(OrganizationId organization, Actor actor, UUID id, TaskChanges changes) {
		editable(organization, actor, id);
		String name = changes.name() == null ? null : TaskTexts.name("name", changes.name(), 200);
		Optional<String> description = changes.description() == null ? null
				: Optional.ofNullable(TaskTexts.optional("description", changes.description().orElse(null), 10_000));
		List<UUID> assignees = changes.assigneeIds() == null ? null : checkedAssignees(organization, changes.assigneeIds());
		return transactions.call(organization, actor, () -> {
			TaskItemView before = row(organization, id);
			if (changes.version() != null && changes.version() != before.version()) {
				throw TaskRefusedException.changedMeanwhile(before);
			}
			UUID groupId = changes.groupId() == null ? before.groupId() : group(organization, before.boardId(), changes.groupId());
			jdbc.sql("""
					update task_items set name = ?, description = ?, due_date = ?, priority = ?, rush = ?, assignee_ids = ?,
					  client_account_id = ?, group_id = ?, updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(name == null ? before.name() : name,
					description == null ? before.description() : description.orElse(null),
					changes.dueDate() == null ? before.dueDate() : changes.dueDate().orElse(null),
					priorityOf(changes.priority() == null ? before.priority() : changes.priority().orElse(null)),
					changes.rush() == null ? before.rush() : changes.rush(),
					(assignees == null ? before.assigneeIds() : assignees).toArray(UUID[]::new),
					changes.clientAccountId() == null ? before.clientAccountId() : changes.clientAccountId().orElse(null),
					groupId, organization.value(), id).update();
			TaskItemView after = row(organization, id);
			if (changes.status() != null && changes.status() != after.status()) {
				after = moves.move(organization, actor, id, changes.status(), null, null);
			}
			else {
				live.changed(organization, actor, after, before.status());
			}
			notifyRush(organization, actor, before, after);
			return after;
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		editable(organization, actor, id);
		transactions.run(organization, actor, () -> {
			TaskItemView item = row(organization, id);
			jdbc.sql("delete from task_items where organization_id = ? and id = ?").params(organization.value(), id).update();
			live.removed(organization, actor, item, true);
		});
	}

	/** A rush item tells its assignees once each: those it had not told yet, when it turns rush or gains people. */
	private void notifyRush(OrganizationId organization, Actor actor, TaskItemView before, TaskItemView after) {
		if (!after.rush()) {
			return;
		}
		Set<UUID> told = before.rush() ? new HashSet<>(before.assigneeIds()) : Set.of();
		List<UUID> fresh = after.assigneeIds().stream().filter(assignee -> !told.contains(assignee)).toList();
		if (!fresh.isEmpty()) {
			notices.rush(organization, actor, after, fresh);
		}
	}

	TaskItemView row(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + TaskItemView.COLUMNS + " from task_items where organization_id = ? and id = ?")
			.params(organization.value(), id).query(TaskItemView.ROWS).optional()
			.orElseThrow(() -> NotFoundException.of("Task"));
	}

	private boolean sharedBoard(OrganizationId organization, UUID boardId) {
		return jdbc.sql("select shared_with_client from task_boards where organization_id = ? and id = ?")
			.params(organization.value(), boardId).query(Boolean.class).optional().orElse(false);
	}

	private void boardExists(OrganizationId organization, UUID boardId) {
		jdbc.sql("select id from task_boards where organization_id = ? and id = ?").params(organization.value(), boardId)
			.query(UUID.class).optional().orElseThrow(() -> NotFoundException.of("Board"));
	}

	/** The named group of the board, or the board's first group; a group of another board is refused. */
	private UUID group(OrganizationId organization, UUID boardId, @Nullable UUID groupId) {
		boardExists(organization, boardId);
		if (groupId == null) {
			return jdbc.sql("select id from task_groups where organization_id = ? and board_id = ? order by position, id limit 1")
				.params(organization.value(), boardId).query(UUID.class).optional()
				.orElseThrow(() -> TaskRefusedException.invalid("groupId", "is required: the board has no group"));
		}
		return jdbc.sql("select id from task_groups where organization_id = ? and board_id = ? and id = ?")
			.params(organization.value(), boardId, groupId).query(UUID.class).optional()
			.orElseThrow(() -> TaskRefusedException.invalid("groupId", "is not a group of this board"));
	}

	private List<UUID> checkedAssignees(OrganizationId organization, @Nullable List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		Set<UUID> memberIds = new HashSet<>();
		members.list(organization).forEach(member -> memberIds.add(member.userId()));
		List<UUID> unique = new ArrayList<>(new LinkedHashSet<>(ids));
		if (!memberIds.containsAll(unique)) {
			throw TaskRefusedException.invalid("assigneeIds", "must name members of the organization");
		}
		return unique;
	}

	private static @Nullable String priorityOf(@Nullable TaskPriority priority) {
		return priority == null ? null : priority.name();
	}

	private static String likeSafe(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
