package com.growthhub.tasks.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Moves an item to a status and a place in that status' column. Positions are fractional, so a move writes one row:
 * the midpoint between its new neighbours. The update is conditional on the version read, so of two people dragging the
 * same card at once one wins and the other learns where the card is.
 */
@Service
public class TaskMoves {

	/** The gap between positions written at a column's ends, and the width below which a column is renumbered. */
	static final double STEP = 1024;
	private static final double SMALLEST_GAP = 1e-6;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskAccess access;
	private final TaskLive live;

	TaskMoves(JdbcClient jdbc, TenantTransactions transactions, TaskAccess access, TaskLive live) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.live = live;
	}

	/**
	 * @param index the item's place in the target column counted from 0 without the item itself; past the end or
	 *        {@code null} puts it last
	 * @param version the version the mover saw; {@code null} skips that check
	 */
	public TaskItemView move(OrganizationId organization, Actor actor, UUID id, TaskStatus status, @Nullable Integer index,
			@Nullable Long version) {
		if (!access.canEdit(organization, actor)) {
			throw transactions.call(organization, actor, () -> onSharedBoard(organization, id))
					? TaskRefusedException.forbidden() : NotFoundException.of("Task");
		}
		if (index != null && index < 0) {
			throw TaskRefusedException.invalid("position", "must be 0 or more");
		}
		return transactions.call(organization, actor, () -> {
			TaskItemView item = jdbc.sql("select " + TaskItemView.COLUMNS
					+ " from task_items where organization_id = ? and id = ? for update")
				.params(organization.value(), id).query(TaskItemView.ROWS).optional()
				.orElseThrow(() -> NotFoundException.of("Task"));
			if (version != null && version != item.version()) {
				throw TaskRefusedException.changedMeanwhile(item);
			}
			if (!item.status().canMoveTo(status)) {
				throw TaskRefusedException.transition(item, status);
			}
			double position = positionAt(organization, item, status, index);
			jdbc.sql("""
					update task_items set status = ?, position = ?, updated_at = now(), version = version + 1,
					  done_at = case when ? = 'DONE' and status <> 'DONE' then now() when ? = 'DONE' then done_at end
					where organization_id = ? and id = ?
					""").params(status.name(), position, status.name(), status.name(), organization.value(), id).update();
			TaskItemView moved = jdbc.sql("select " + TaskItemView.COLUMNS + " from task_items where organization_id = ? and id = ?")
				.params(organization.value(), id).query(TaskItemView.ROWS).single();
			live.changed(organization, actor, moved, item.status());
			return moved;
		});
	}

	/** Inside a transaction of the organization: a position after the last item of the column. */
	double endOf(OrganizationId organization, UUID boardId, @Nullable UUID parentId, TaskStatus status) {
		Double last = jdbc.sql("select max(position) from task_items where organization_id = ? and board_id = ? "
				+ "and parent_id is not distinct from ? and archived_at is null and status = ?")
			.params(organization.value(), boardId, parentId, status.name()).query(Double.class).optional().orElse(null);
		return last == null ? STEP : last + STEP;
	}

	private double positionAt(OrganizationId organization, TaskItemView item, TaskStatus status, @Nullable Integer index) {
		if (index == null) {
			return endOf(organization, item.boardId(), item.parentId(), status);
		}
		List<Double> around = neighbours(organization, item, status, index);
		if (around.size() == 2 && around.get(1) - around.get(0) < SMALLEST_GAP) {
			renumber(organization, item, status);
			around = neighbours(organization, item, status, index);
		}
		if (index == 0) {
			return around.isEmpty() ? STEP : around.getFirst() - STEP;
		}
		if (around.isEmpty()) {
			return endOf(organization, item.boardId(), item.parentId(), status);
		}
		return around.size() == 1 ? around.getFirst() + STEP : (around.get(0) + around.get(1)) / 2;
	}

	/** With index 0 the first item of the column; otherwise the items at index - 1 and index (one at the end). */
	private List<Double> neighbours(OrganizationId organization, TaskItemView item, TaskStatus status, int index) {
		return jdbc.sql("""
				select position from task_items where organization_id = ? and board_id = ? and parent_id is not distinct from ?
				and archived_at is null and status = ? and id <> ? order by position, id offset ? limit ?
				""").params(organization.value(), item.boardId(), item.parentId(), status.name(), item.id(),
				Math.max(index - 1, 0), index == 0 ? 1 : 2).query(Double.class).list();
	}

	/** Halving a gap some fifty times exhausts a double: spread the column out again (rare). */
	private void renumber(OrganizationId organization, TaskItemView item, TaskStatus status) {
		jdbc.sql("""
				update task_items t set position = r.rank * ? from (
				  select id, row_number() over (order by position, id) as rank from task_items
				  where organization_id = ? and board_id = ? and parent_id is not distinct from ? and archived_at is null
				  and status = ?) r
				where t.organization_id = ? and t.id = r.id
				""").params(STEP, organization.value(), item.boardId(), item.parentId(), status.name(), organization.value())
			.update();
	}

	private boolean onSharedBoard(OrganizationId organization, UUID id) {
		return jdbc.sql("""
				select b.shared_with_client from task_items i join task_boards b on b.organization_id = i.organization_id
				and b.id = i.board_id where i.organization_id = ? and i.id = ?
				""").params(organization.value(), id).query(Boolean.class).optional().orElse(false);
	}
}
