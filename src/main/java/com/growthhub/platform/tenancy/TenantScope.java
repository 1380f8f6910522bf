package com.growthhub.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * What a unit of work may see. Row-level security reads it from the transaction: rows of
 * {@code organizationId}; rows that belong to {@code userId} personally; everything only when
 * {@code system} is set, which is reserved for sign-in look-ups and cross-tenant jobs.
 */
public record TenantScope(@Nullable OrganizationId organizationId, @Nullable UUID userId, Actor actor, boolean system) {

	public static TenantScope anonymous() {
		return new TenantScope(null, null, new Actor.Anonymous(), false);
	}

	public static TenantScope user(UUID userId, @Nullable OrganizationId organizationId) {
		return new TenantScope(organizationId, userId, new Actor.User(userId), false);
	}

	public static TenantScope organization(OrganizationId organizationId, Actor actor) {
		return new TenantScope(organizationId, null, actor, false);
	}

	/** Work for {@code organizationId} done by {@code actor}; a person also sees the rows that are theirs alone. */
	public static TenantScope acting(OrganizationId organizationId, Actor actor) {
		return new TenantScope(organizationId, actor.userId(), actor, false);
	}

	/** Sees every organization: for authentication look-ups and jobs that then narrow to one tenant. */
	public static TenantScope system(Actor actor) {
		return new TenantScope(null, null, actor, true);
	}

	public TenantScope withOrganization(OrganizationId organization) {
		return new TenantScope(organization, userId, actor, system);
	}

	/**
	 * Hands this scope to the transaction under way on {@code connection}, as the transaction-local settings that the
	 * row-level-security policies and the audit trigger read. Every Spring-managed transaction gets it at its start;
	 * code that drives a connection itself (a large import's second session) calls this.
	 */
	public void applyTo(Connection connection) throws SQLException {
		try (var statement = connection.prepareStatement("select set_config('app.org_id', ?, true), "
				+ "set_config('app.user_id', ?, true), set_config('app.actor', ?, true), set_config('app.system', ?, true)")) {
			statement.setString(1, organizationId == null ? "" : organizationId.toString());
			statement.setString(2, userId == null ? "" : userId.toString());
			statement.setString(3, actor.label());
			statement.setString(4, system ? "on" : "off");
			statement.execute();
		}
	}
}
