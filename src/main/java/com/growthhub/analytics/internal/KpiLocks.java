package com.growthhub.analytics.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/**
 * Transaction-scoped PostgreSQL advisory locks that keep the maintained rollups exact: recordings of one contact
 * follow each other (its touches move in recording order), and a rebuild of an organization waits for the recordings
 * in flight and holds new ones until it commits.
 */
@Component
class KpiLocks {

	private final JdbcClient jdbc;

	KpiLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void recording(OrganizationId organization) {
		jdbc.sql("select 1 from pg_advisory_xact_lock_shared(hashtextextended(?, 0))").param(rollupKey(organization))
			.query(Integer.class).single();
	}

	void rebuilding(OrganizationId organization) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))").param(rollupKey(organization))
			.query(Integer.class).single();
	}

	void contact(UUID contactId) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))").param("kpi-contact:" + contactId)
			.query(Integer.class).single();
	}

	private static String rollupKey(OrganizationId organization) {
		return "kpi-rollups:" + organization.value();
	}
}
