package com.growthhub.tasks.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** An item's checklist: entries in the order they were added, each done or not. */
@Service
public class TaskChecklists {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskItems items;

	TaskChecklists(JdbcClient jdbc, TenantTransactions transactions, TaskItems items) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.items = items;
	}

	public record Entry(UUID id, UUID itemId, String text, boolean done, int position) {
	}

	public Entry add(OrganizationId organization, Actor actor, UUID itemId, String text) {
		String clean = TaskTexts.name("text", text, 300);
		items.editable(organization, actor, itemId);
		return transactions.call(organization, actor, () -> jdbc.sql("""
				insert into task_checklist_entries (id, organization_id, item_id, text, position)
				select ?, ?, ?, ?, coalesce(max(position) + 1, 0) from task_checklist_entries
				where organization_id = ? and item_id = ?
				returning id, item_id, text, done, position
				""").params(UUID.randomUUID(), organization.value(), itemId, clean, organization.value(), itemId)
			.query(Entry.class).single());
	}

	public Entry mark(OrganizationId organization, Actor actor, UUID itemId, UUID entryId, boolean done) {
		items.editable(organization, actor, itemId);
		return transactions.call(organization, actor, () -> jdbc.sql("""
				update task_checklist_entries set done = ? where organization_id = ? and item_id = ? and id = ?
				returning id, item_id, text, done, position
				""").params(done, organization.value(), itemId, entryId).query(Entry.class).optional()
			.orElseThrow(() -> NotFoundException.of("Checklist entry")));
	}

	public List<Entry> list(OrganizationId organization, Actor actor, UUID itemId) {
		items.get(organization, actor, itemId);
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select id, item_id, text, done, position from task_checklist_entries
				where organization_id = ? and item_id = ? order by position, id
				""").params(organization.value(), itemId).query(Entry.class).list());
	}
}
