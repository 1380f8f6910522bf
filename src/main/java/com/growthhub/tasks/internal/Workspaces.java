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

/** Workspaces: the top of the hierarchy, each holding boards. */
@Service
public class Workspaces {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskAccess access;

	Workspaces(JdbcClient jdbc, TenantTransactions transactions, TaskAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
	}

	public record WorkspaceView(UUID id, String name, long boardCount, Instant createdAt) {
	}

	public record Page(List<WorkspaceView> items, @Nullable String nextCursor) {
	}

	public WorkspaceView create(OrganizationId organization, Actor actor, String name) {
		access.check(organization, actor);
		String clean = TaskTexts.name("name", name, 80);
		UUID id = UUID.randomUUID();
		transactions.run(organization, actor, () -> jdbc.sql("""
				insert into task_workspaces (id, organization_id, name, created_by) values (?, ?, ?, ?)
				""").params(id, organization.value(), clean, actor.userId()).update());
		return get(organization, actor, id);
	}

	/** A client user sees only workspaces holding a board shared with the client, and counts only those boards. */
	public WorkspaceView get(OrganizationId organization, Actor actor, UUID id) {
		boolean all = access.canEdit(organization, actor);
		return transactions.call(organization, actor, () -> jdbc.sql(SELECT + " where w.organization_id = :org and w.id = :id"
				+ " and (:all or exists (" + SHARED + "))")
			.param("all", all).param("org", organization.value()).param("id", id).query(WorkspaceView.class).optional()
			.orElseThrow(() -> NotFoundException.of("Workspace")));
	}

	/** Newest first, keyset paged. */
	public Page list(OrganizationId organization, Actor actor, @Nullable String cursor, int limit) {
		boolean all = access.canEdit(organization, actor);
		PageCursor after = PageCursor.parse(cursor);
		int size = Math.clamp(limit, 1, 200);
		List<WorkspaceView> rows = transactions.call(organization, actor, () -> jdbc.sql(SELECT + """
				 where w.organization_id = :org and (:all or exists (""" + SHARED + """
				))
				 and (cast(:afterTime as timestamptz) is null or (w.created_at, w.id) < (cast(:afterTime as timestamptz), :afterId))
				 order by w.created_at desc, w.id desc limit :limit
				""").param("org", organization.value()).param("all", all)
			.param("afterTime", after == null ? null : java.sql.Timestamp.from(after.instant()))
			.param("afterId", after == null ? null : after.id()).param("limit", size + 1).query(WorkspaceView.class).list());
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		WorkspaceView last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.createdAt(), last.id()).encode());
	}

	private static final String SHARED = """
			select 1 from task_boards s where s.organization_id = w.organization_id and s.workspace_id = w.id
			and s.shared_with_client""";

	private static final String SELECT = """
			select w.id, w.name, (select count(*) from task_boards b where b.organization_id = w.organization_id
			  and b.workspace_id = w.id and (:all or b.shared_with_client)) as board_count, w.created_at from task_workspaces w
			""";
}
