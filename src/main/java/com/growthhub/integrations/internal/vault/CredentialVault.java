package com.growthhub.integrations.internal.vault;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Where integrations keep secrets (OAuth tokens, private-app keys, webhook signing secrets): encrypted at rest with
 * AES-256-GCM under a key derived from the installation secret, never logged and never answered by the API, which
 * shows only {@link #hint} (that a secret is set and its last four characters). Work runs in the organization's
 * transaction when one is open, so a secret is stored or replaced together with the row that names it.
 */
@Component
public class CredentialVault {

	static final String KEY_PURPOSE = "integrations-vault";

	private static final Actor VAULT = new Actor.Job("credential-vault");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final VaultKeys keys;

	@Autowired
	CredentialVault(JdbcClient jdbc, TenantTransactions transactions, InstallationSecrets secrets, VaultSettings settings) {
		this(jdbc, transactions, new VaultKeys(secrets.key(KEY_PURPOSE), settings.previousSecretKeys().stream()
			.filter(previous -> !previous.isBlank())
			.map(previous -> InstallationSecrets.keyOf(previous, KEY_PURPOSE))
			.toList()));
	}

	CredentialVault(JdbcClient jdbc, TenantTransactions transactions, VaultKeys keys) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keys = keys;
	}

	/** Keeps a new secret for {@code purpose} (e.g. {@code hubspot.refresh_token}); answers its id. */
	public SecretId store(OrganizationId organization, String purpose, String secret) {
		UUID id = Ids.next();
		transactions.run(organization, VAULT, () -> jdbc.sql("""
				insert into vault_secrets (id, organization_id, purpose, key_id, ciphertext, last_four)
				values (?, ?, ?, ?, ?, ?)
				""").params(id, organization.value(), purpose, keys.currentId(),
				keys.seal(bytes(secret), associatedData(organization, id, purpose)), lastFour(secret)).update());
		return SecretId.of(id);
	}

	/** Replaces the secret kept under {@code id} (a refreshed token); 404 unless it is the organization's. */
	public void replace(OrganizationId organization, SecretId id, String secret) {
		transactions.run(organization, VAULT, () -> {
			String purpose = purpose(organization, id);
			jdbc.sql("""
					update vault_secrets set key_id = ?, ciphertext = ?, last_four = ?, updated_at = now()
					where organization_id = ? and id = ?
					""").params(keys.currentId(), keys.seal(bytes(secret), associatedData(organization, id.value(), purpose)),
					lastFour(secret), organization.value(), id.value()).update();
		});
	}

	/** The secret itself, for the one call that needs it; 404 unless it is the organization's. */
	public String reveal(OrganizationId organization, SecretId id) {
		Sealed sealed = transactions.call(organization, VAULT, () -> jdbc.sql("""
				select purpose, key_id, ciphertext from vault_secrets where organization_id = ? and id = ?
				""").params(organization.value(), id.value())
			.query((rs, n) -> new Sealed(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("Secret")));
		byte[] plain = keys.open(sealed.keyId(), sealed.ciphertext(), associatedData(organization, id.value(), sealed.purpose()))
			.orElseThrow(() -> new VaultIntegrityException("A secret was sealed under key " + sealed.keyId()
					+ ", which this installation does not have: set the secret it had in GROWTHHUB_PREVIOUS_SECRET_KEYS"));
		return new String(plain, StandardCharsets.UTF_8);
	}

	/** What a page may show of a secret: its last four characters; empty when there is no such secret. */
	public Optional<String> hint(OrganizationId organization, SecretId id) {
		return transactions.call(organization, VAULT, () -> jdbc.sql(
				"select last_four from vault_secrets where organization_id = ? and id = ?")
			.params(organization.value(), id.value())
			.query(String.class)
			.optional());
	}

	public void delete(OrganizationId organization, SecretId id) {
		transactions.run(organization, VAULT, () -> jdbc.sql("delete from vault_secrets where organization_id = ? and id = ?")
			.params(organization.value(), id.value())
			.update());
	}

	/**
	 * Seals up to {@code limit} secrets kept under an older key again under the current one, across organizations;
	 * answers how many. Rows under a key this installation does not have are left as they are.
	 */
	int resealBatch(int limit) {
		record Row(UUID id, UUID organization, String purpose, String keyId, byte[] ciphertext) {
		}
		return transactions.call(com.growthhub.platform.tenancy.TenantScope.system(VAULT), () -> {
			List<Row> rows = jdbc.sql("""
					select id, organization_id, purpose, key_id, ciphertext from vault_secrets
					where key_id <> ? and key_id = any(?) order by id limit ? for update skip locked
					""").params(keys.currentId(), keys.olderIds().toArray(String[]::new), limit)
				.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), rs.getBytes(5)))
				.list();
			for (Row row : rows) {
				OrganizationId organization = OrganizationId.of(row.organization());
				byte[] associatedData = associatedData(organization, row.id(), row.purpose());
				byte[] plain = keys.open(row.keyId(), row.ciphertext(), associatedData).orElseThrow();
				jdbc.sql("update vault_secrets set key_id = ?, ciphertext = ?, updated_at = now() where id = ?")
					.params(keys.currentId(), keys.seal(plain, associatedData), row.id())
					.update();
			}
			return rows.size();
		});
	}

	/** How many secrets are still sealed under a key other than the current one (older or unknown). */
	long sealedUnderOlderKeys() {
		return transactions.call(com.growthhub.platform.tenancy.TenantScope.system(VAULT), () -> jdbc.sql(
				"select count(*) from vault_secrets where key_id <> ?").param(keys.currentId()).query(Long.class).single());
	}

	private String purpose(OrganizationId organization, SecretId id) {
		return jdbc.sql("select purpose from vault_secrets where organization_id = ? and id = ?")
			.params(organization.value(), id.value())
			.query(String.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Secret"));
	}

	private static byte[] associatedData(OrganizationId organization, UUID id, String purpose) {
		return bytes(organization.value() + "/" + id + "/" + purpose);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String lastFour(String secret) {
		return secret.length() <= 8 ? "" : secret.substring(secret.length() - 4);
	}

	private record Sealed(String purpose, String keyId, byte[] ciphertext) {
	}
}
