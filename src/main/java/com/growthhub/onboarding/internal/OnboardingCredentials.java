package com.growthhub.onboarding.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.Vault;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Credentials a client hands over in the wizard: sealed in the integrations vault under the agency, named here by
 * step and field, shown masked. Call inside the agency's transaction.
 */
@Component
public class OnboardingCredentials {

	static final String MASK = "••••";

	private final JdbcClient jdbc;
	private final Vault vault;

	OnboardingCredentials(JdbcClient jdbc, Vault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	/** A credential as pages and the API show it: never the secret, only its last characters. */
	public record MaskedCredential(UUID id, String step, String field, String masked) {
	}

	void save(OrganizationId agency, UUID profileId, String step, Map<String, String> secrets) {
		secrets.forEach((field, secret) -> {
			UUID existing = jdbc.sql("""
					select secret_id from onboarding_credentials
					where organization_id = ? and profile_id = ? and step = ? and field = ?
					""").params(agency.value(), profileId, step, field).query(UUID.class).optional().orElse(null);
			if (existing != null) {
				vault.replace(agency, existing, secret);
				jdbc.sql("""
						update onboarding_credentials set updated_at = now()
						where organization_id = ? and profile_id = ? and step = ? and field = ?
						""").params(agency.value(), profileId, step, field).update();
				return;
			}
			UUID secretId = vault.store(agency, "onboarding." + step + "." + field, secret);
			jdbc.sql("""
					insert into onboarding_credentials (id, organization_id, profile_id, step, field, secret_id)
					values (?, ?, ?, ?, ?, ?)
					""").params(Ids.next(), agency.value(), profileId, step, field, secretId).update();
		});
	}

	List<MaskedCredential> masked(OrganizationId agency, UUID profileId) {
		return jdbc.sql("""
				select id, step, field, secret_id from onboarding_credentials
				where organization_id = ? and profile_id = ? order by created_at, id
				""").params(agency.value(), profileId)
			.query((rs, n) -> new MaskedCredential(rs.getObject("id", UUID.class), rs.getString("step"),
					rs.getString("field"), rs.getObject("secret_id", UUID.class).toString()))
			.list()
			.stream()
			.map(row -> new MaskedCredential(row.id(), row.step(), row.field(),
					MASK + vault.hint(agency, UUID.fromString(row.masked())).orElse("")))
			.toList();
	}

	/** The secret, recorded as revealed by {@code userId} (a row the audit trail also records). */
	String reveal(OrganizationId agency, UUID profileId, UUID credentialId, UUID userId) {
		UUID secretId = jdbc.sql("""
				select secret_id from onboarding_credentials where organization_id = ? and profile_id = ? and id = ?
				""").params(agency.value(), profileId, credentialId).query(UUID.class).optional()
			.orElseThrow(() -> NotFoundException.of("Credential"));
		jdbc.sql("""
				insert into onboarding_credential_reveals (organization_id, credential_id, revealed_by) values (?, ?, ?)
				""").params(agency.value(), credentialId, userId).update();
		return vault.reveal(agency, secretId);
	}

	/** Who revealed the profile's credentials, newest first. */
	public record Reveal(UUID credentialId, UUID revealedBy, java.time.Instant revealedAt) {
	}

	List<Reveal> reveals(OrganizationId agency, UUID profileId) {
		return jdbc.sql("""
				select r.credential_id, r.revealed_by, r.revealed_at from onboarding_credential_reveals r
				join onboarding_credentials c on c.id = r.credential_id
				where r.organization_id = ? and c.profile_id = ? order by r.revealed_at desc limit 50
				""").params(agency.value(), profileId)
			.query((rs, n) -> new Reveal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getTimestamp(3).toInstant()))
			.list();
	}
}
