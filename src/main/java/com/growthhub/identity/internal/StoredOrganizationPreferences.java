package com.growthhub.identity.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

@Component
class StoredOrganizationPreferences implements OrganizationPreferences {

	private final Organizations organizations;
	private final JdbcClient jdbc;

	StoredOrganizationPreferences(Organizations organizations, JdbcClient jdbc) {
		this.organizations = organizations;
		this.jdbc = jdbc;
	}

	@Override
	public String defaultCurrency(OrganizationId organization) {
		return organizations.get(organization).defaultCurrency();
	}

	@Override
	public ZoneId timeZone(OrganizationId organization) {
		return ZoneId.of(organizations.get(organization).timeZone());
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
