package com.growthhub.masterclasses.internal.insights;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.pipeline.DealWon;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Keeps the deals won by masterclass registrants, with value and owner, for the per-rep sales metrics (pipeline
 * publishes DealWon but has no read API for deals). Once per deal, however often the event is delivered.
 */
@Component
class WonDealRecorder {

	private static final Actor JOB = new Actor.Job("masterclass-sales-metrics");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	WonDealRecorder(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(DealWon event) {
		transactions.run(TenantScope.organization(event.organizationId(), JOB), () -> jdbc.sql("""
				insert into masterclass_won_deals (deal_id, organization_id, contact_id, owner_id, value_cents, currency, won_at)
				select ?, ?, ?, ?, ?, ?, ?
				where exists (select 1 from masterclass_registrations where organization_id = ? and contact_id = ?)
				on conflict (deal_id) do nothing
				""").params(event.dealId().value(), event.organizationId().value(), event.contactId().value(),
				event.ownerId() == null ? null : event.ownerId().value(), event.valueCents(), event.currency(),
				Timestamp.from(event.occurredAt()), event.organizationId().value(), event.contactId().value())
			.update());
	}
}
