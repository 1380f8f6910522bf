package com.growthhub.tasks.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.ExternalTasks;

/** {@link ExternalTasks} on the item tables. */
@Service
class ExternalTaskUpdates implements ExternalTasks {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskItems items;
	private final TaskMoves moves;
	private final TaskLive live;

	ExternalTaskUpdates(JdbcClient jdbc, TenantTransactions transactions, TaskItems items, TaskMoves moves, TaskLive live) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.items = items;
		this.moves = moves;
		this.live = live;
	}

	@Override
	public boolean boardExists(OrganizationId organization, UUID boardId) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc
			.sql("select id from task_boards where organization_id = ? and id = ?").params(organization.value(), boardId)
			.query(UUID.class).optional().isPresent());
	}

	@Override
	public Optional<Item> find(OrganizationId organization, UUID itemId) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc
			.sql("select " + TaskItemView.COLUMNS + " from task_items where organization_id = ? and id = ?")
			.params(organization.value(), itemId).query(TaskItemView.ROWS).optional().map(ExternalTaskUpdates::item));
	}

	@Override
	public Item create(OrganizationId organization, Actor actor, UUID boardId, String name, String status) {
		TaskStatus target = status(status);
		return transactions.call(organization, actor, () -> {
			TaskItemView created = items.create(organization, actor, boardId, TaskDraft.named(clip(name)));
			if (target == TaskStatus.BACKLOG) {
				return item(created);
			}
			return item(set(organization, actor, created, created.name(), target));
		});
	}

	@Override
	public Item createSubitem(OrganizationId organization, Actor actor, UUID parentId, String name, String status) {
		TaskStatus target = status(status);
		return transactions.call(organization, actor, () -> {
			TaskItemView created = items.createSubitem(organization, actor, parentId, TaskDraft.named(clip(name)));
			return item(target == TaskStatus.BACKLOG ? created : set(organization, actor, created, created.name(), target));
		});
	}

	@Override
	public boolean apply(OrganizationId organization, Actor actor, UUID itemId, String name, String status) {
		TaskStatus target = status(status);
		return transactions.call(organization, actor, () -> {
			TaskItemView before = items.row(organization, itemId);
			if (before.name().equals(clip(name)) && before.status() == target) {
				return false;
			}
			set(organization, actor, before, clip(name), target);
			return true;
		});
	}

	@Override
	public boolean archive(OrganizationId organization, Actor actor, UUID itemId) {
		return transactions.call(organization, actor, () -> {
			int archived = jdbc.sql("""
					update task_items set archived_at = now(), updated_at = now(), version = version + 1
					where organization_id = ? and id = ? and archived_at is null
					""").params(organization.value(), itemId).update();
			if (archived > 0) {
				live.removed(organization, actor, items.row(organization, itemId), false);
			}
			return archived > 0;
		});
	}

	private TaskItemView set(OrganizationId organization, Actor actor, TaskItemView before, String name, TaskStatus target) {
		double position = target == before.status() ? before.position()
				: moves.endOf(organization, before.boardId(), before.parentId(), target);
		jdbc.sql("""
				update task_items set name = ?, status = ?, position = ?, updated_at = now(), version = version + 1,
				  done_at = case when ? = 'DONE' then coalesce(done_at, now()) end
				where organization_id = ? and id = ?
				""").params(name, target.name(), position, target.name(), organization.value(), before.id()).update();
		TaskItemView after = items.row(organization, before.id());
		live.changed(organization, actor, after, before.status());
		return after;
	}

	private static TaskStatus status(String key) {
		TaskStatus status = EnumKeys.find(TaskStatus.class, key);
		if (status == null) {
			throw TaskRefusedException.invalid("status", EnumKeys.mustBeOneOf(TaskStatus.class));
		}
		return status;
	}

	private static String clip(String name) {
		String clean = name.strip();
		return clean.isEmpty() ? "(no name)" : clean.length() > 200 ? clean.substring(0, 200) : clean;
	}

	private static Item item(TaskItemView view) {
		return new Item(view.id(), view.boardId(), view.name(), view.status().key(), view.version());
	}
}
