package com.growthhub.identity.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

@Component
class StoredOrganizationPreferences implements OrganizationPreferences {

	/** Reading preferences changes nothing, so it is nobody's act. */
	private static final Actor READER = new Actor.Anonymous();

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final Organizations organizations;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	StoredOrganizationPreferences(Organizations organizations, JdbcClient jdbc, TenantTransactions transactions) {
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String defaultCurrency(OrganizationId organization) {
		return organizations.get(organization).defaultCurrency();
	}

	/**
	 * Read without going through {@link Organizations#get}: a caller in its own transaction (analytics recording a KPI
	 * event) must not have it marked for rollback by an organization that is gone; that one reads UTC.
	 */
	@Override
	public ZoneId timeZone(OrganizationId organization) {
		return transactions.call(organization, READER,
				() -> jdbc.sql("select time_zone from organizations where id = ?").param(organization.value())
					.query(String.class).list())
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(ZoneId::of)
			.orElse(UTC);
	}

	@Override
	public ZoneId timeZone(OrganizationId organization, Actor reader) {
		UUID user = reader.userId();
		return (user == null ? List.<String>of()
				: jdbc.sql("select time_zone from users where id = ?").param(user).query(String.class).list())
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(ZoneId::of)
			.orElseGet(() -> timeZone(organization));
	}
}
