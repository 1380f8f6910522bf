package com.growthhub.billing.internal.invoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/**
 * Gapless document numbers per organization, kind and year. The counter row is incremented in the caller's
 * transaction: PostgreSQL keeps it locked until that transaction ends, so concurrent issues queue on it, and a
 * transaction that rolls back takes its number back with it. Nothing ever gives a number away outside a transaction
 * that also stores it.
 */
@Component
class InvoiceNumbers {

	enum Kind {
		INVOICE("invoice"), CREDIT_NOTE("credit_note");

		final String key;

		Kind(String key) {
			this.key = key;
		}
	}

	private final JdbcClient jdbc;

	InvoiceNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(OrganizationId organization, Kind kind, int year, NumberPattern pattern) {
		long sequence = jdbc.sql("""
				insert into billing_number_counters (organization_id, kind, year, last_value) values (?, ?, ?, 1)
				on conflict (organization_id, kind, year) do update set last_value = billing_number_counters.last_value + 1
				returning last_value
				""").params(organization.value(), kind.key, year).query(Long.class).single();
		return pattern.format(year, sequence);
	}
}
