package com.growthhub.tasks.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Boards of a workspace and their groups. A new board starts with one group, so an item can be added at once. A board
 * may be shared with the organization's client users, who see no other board.
 */
@Service
public class Boards {

	static final String FIRST_GROUP = "Tasks";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskAccess access;

	Boards(JdbcClient jdbc, TenantTransactions transactions, TaskAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
	}

	public record BoardView(UUID id, UUID workspaceId, String workspaceName, String name, boolean sharedWithClient,
			Instant createdAt) {
	}

	public record GroupView(UUID id, UUID boardId, String name, int position) {
	}

	public record Page(List<BoardView> items, @Nullable String nextCursor) {
	}

	public BoardView create(OrganizationId organization, Actor actor, UUID workspaceId, String name) {
		access.check(organization, actor);
		String clean = TaskTexts.name("name", name, 80);
		UUID id = UUID.randomUUID();
		transactions.run(organization, actor, () -> {
			boolean workspace = jdbc.sql("select true from task_workspaces where organization_id = ? and id = ?")
				.params(organization.value(), workspaceId).query(Boolean.class).optional().isPresent();
			if (!workspace) {
				throw NotFoundException.of("Workspace");
			}
			jdbc.sql("insert into task_boards (id, organization_id, workspace_id, name, created_by) values (?, ?, ?, ?, ?)")
				.params(id, organization.value(), workspaceId, clean, actor.userId()).update();
			jdbc.sql("insert into task_groups (id, organization_id, board_id, name, position) values (?, ?, ?, ?, 0)")
				.params(UUID.randomUUID(), organization.value(), id, FIRST_GROUP).update();
		});
		return get(organization, actor, id);
	}

	/** A client user gets only a board shared with the client; any other is not found. */
	public BoardView get(OrganizationId organization, Actor actor, UUID id) {
		boolean all = access.canEdit(organization, actor);
		return transactions.call(organization, actor, () -> jdbc.sql(SELECT
				+ " where b.organization_id = ? and b.id = ? and (? or b.shared_with_client)")
			.params(organization.value(), id, all).query(BoardView.class).optional()
			.orElseThrow(() -> NotFoundException.of("Board")));
	}

	/** Shares the board with the organization's client users, or stops sharing it. */
	public BoardView share(OrganizationId organization, Actor actor, UUID id, boolean shared) {
		access.check(organization, actor);
		transactions.run(organization, actor, () -> {
			int changed = jdbc.sql("""
					update task_boards set shared_with_client = ?, updated_at = now() where organization_id = ? and id = ?
					""").params(shared, organization.value(), id).update();
			if (changed == 0) {
				throw NotFoundException.of("Board");
			}
		});
		return get(organization, actor, id);
	}

	/** Newest first, keyset paged; only a workspace's boards when one is named. */
	public Page list(OrganizationId organization, Actor actor, @Nullable UUID workspaceId, @Nullable String cursor,
			int limit) {
		boolean all = access.canEdit(organization, actor);
		PageCursor after = PageCursor.parse(cursor);
		int size = Math.clamp(limit, 1, 200);
		List<BoardView> rows = transactions.call(organization, actor, () -> jdbc.sql(SELECT + """
				 where b.organization_id = :org and (cast(:workspace as uuid) is null or b.workspace_id = :workspace)
				 and (:all or b.shared_with_client)
				 and (cast(:afterTime as timestamptz) is null or (b.created_at, b.id) < (cast(:afterTime as timestamptz), :afterId))
				 order by b.created_at desc, b.id desc limit :limit
				""").param("org", organization.value()).param("workspace", workspaceId).param("all", all)
			.param("afterTime", after == null ? null : java.sql.Timestamp.from(after.instant()))
			.param("afterId", after == null ? null : after.id()).param("limit", size + 1).query(BoardView.class).list());
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		BoardView last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.createdAt(), last.id()).encode());
	}

	public List<GroupView> groups(OrganizationId organization, Actor actor, UUID boardId) {
		get(organization, actor, boardId);
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select id, board_id, name, position from task_groups where organization_id = ? and board_id = ?
				order by position, id
				""").params(organization.value(), boardId).query(GroupView.class).list());
	}

	public GroupView addGroup(OrganizationId organization, Actor actor, UUID boardId, String name) {
		access.check(organization, actor);
		String clean = TaskTexts.name("name", name, 80);
		get(organization, actor, boardId);
		UUID id = UUID.randomUUID();
		return transactions.call(organization, actor, () -> jdbc.sql("""
				insert into task_groups (id, organization_id, board_id, name, position)
				select ?, ?, ?, ?, coalesce(max(position) + 1, 0) from task_groups where organization_id = ? and board_id = ?
				returning id, board_id, name, position
				""").params(id, organization.value(), boardId, clean, organization.value(), boardId)
			.query(GroupView.class).single());
	}

	private static final String SELECT = """
			select b.id, b.workspace_id, w.name as workspace_name, b.name, b.shared_with_client, b.created_at from task_boards b
			join task_workspaces w on w.id = b.workspace_id and w.organization_id = b.organization_id
			""";
}
