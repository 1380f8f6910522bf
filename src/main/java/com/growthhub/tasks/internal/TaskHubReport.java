package com.growthhub.tasks.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.agency.AgencyHub;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Tells the agency hub a client account's open and overdue items (board items, not subitems, not archived): after
 * every change in the transaction of that change, and daily for the accounts whose items fell due yesterday (the
 * hub ignores organizations that are no client account).
 */
@Component
class TaskHubReport {

	private static final Actor JOB = new Actor.Job("task-hub-figures");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final AgencyHub hub;

	TaskHubReport(JdbcClient jdbc, TenantTransactions transactions, AgencyHub hub) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.hub = hub;
	}

	void changed(OrganizationId organization) {
		Figures figures = jdbc.sql("""
				select count(*) filter (where status <> 'DONE') as open,
				  count(*) filter (where status <> 'DONE' and due_date < current_date) as overdue
				from task_items where organization_id = ? and parent_id is null and archived_at is null
				""").param(organization.value()).query(Figures.class).single();
		hub.tasks(organization, figures.open(), figures.overdue());
	}

	/** The organizations whose open items became overdue today, each reported in its own scope. */
	void fallenDue() {
		List<UUID> organizations = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select distinct organization_id from task_items
				where due_date = current_date - 1 and status <> 'DONE' and parent_id is null and archived_at is null
				""").query(UUID.class).list());
		organizations.stream().map(OrganizationId::of)
			.forEach(organization -> transactions.run(organization, JOB, () -> changed(organization)));
	}

	record Figures(int open, int overdue) {
	}
}
