package com.growthhub.integrations.internal.connectors.gohighlevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Remembers delivery ids for an hour, in the database so that every node refuses a delivery another node took.
 * The hour outlasts the five minutes a signed delivery is accepted, so a replay is either old or remembered.
 */
@Component
class SeenWebhooks {

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	SeenWebhooks(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Records the delivery; false when it was seen before. */
	boolean firstTime(String provider, String deliveryId) {
		return this.transactions.callInNewTransaction(TenantScope.anonymous(), () -> {
			this.jdbc.sql("delete from integration_webhook_deliveries where received_at < now() - interval '1 hour'")
				.update();
			return this.jdbc.sql("""
					insert into integration_webhook_deliveries (provider, delivery_id) values (?, ?)
					on conflict (provider, delivery_id) do nothing
					""").params(provider, deliveryId).update() == 1;
		});
	}
}
