package com.growthhub.onboarding.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.identity.AuditedRecords;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Onboardings by client name and credential reveals by what was revealed ("Smile Dental · website adminPassword"), so
 * that the audit log reads who saw which secret of which client.
 */
@Component
class OnboardingAuditedRecords implements AuditedRecords {

	private static final Actor READER = new Actor.Job("audit-log");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	OnboardingAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("onboarding_profile", "onboarding_credential_reveal");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("revealed_by", "user", "client_user_id", "user", "created_by", "user");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "onboarding_profile" -> "select id, account_name from onboarding_profiles where organization_id = ? and id = any(?)";
			case "onboarding_credential_reveal" -> """
					select r.id, p.account_name || ' · ' || c.step || ' ' || c.field
					from onboarding_credential_reveals r
					join onboarding_credentials c on c.id = r.credential_id
					join onboarding_profiles p on p.id = c.profile_id
					where r.organization_id = ? and r.id = any(?)
					""";
			default -> null;
		};
		Map<UUID, String> names = new HashMap<>();
		if (sql != null) {
			transactions.run(organization, READER, () -> jdbc.sql(sql).params(organization.value(), ids.toArray(UUID[]::new))
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				}));
		}
		return names;
	}
}
