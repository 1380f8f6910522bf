package com.growthhub.integrations.internal.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Secrets are kept encrypted, open only for their own organization and row, and are sealed again after a key change. */
class CredentialVaultIntegrationTests extends IdentityTestSupport {

	private static final String TOKEN = "pat-na1-5f1d2c3b-aaaa-bbbb-cccc-0123456789ab";

	@Autowired
	CredentialVault vault;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantTransactions transactions;

	@Test
	void aSecretIsKeptEncryptedAndShownOnlyByItsLastFourCharacters() {
		OrganizationId organization = OrganizationId.of(UUID.randomUUID());
		SecretId id = vault.store(organization, "hubspot.access_token", TOKEN);

		byte[] row = ciphertext(id);
		assertThat(new String(row, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN).doesNotContain("5f1d2c3b");
		assertThat(vault.reveal(organization, id)).isEqualTo(TOKEN);
		assertThat(vault.hint(organization, id)).contains("89ab");

		vault.replace(organization, id, "pat-na1-refreshed-token-9999");
		assertThat(vault.reveal(organization, id)).isEqualTo("pat-na1-refreshed-token-9999");
		assertThat(vault.hint(organization, id)).contains("9999");
		assertThat(ciphertext(id)).isNotEqualTo(row);

		vault.delete(organization, id);
		assertThat(vault.hint(organization, id)).isEmpty();
	}

	@Test
	void anotherOrganizationCannotOpenASecretNorUseItsCiphertext() {
		OrganizationId ours = OrganizationId.of(UUID.randomUUID());
		OrganizationId theirs = OrganizationId.of(UUID.randomUUID());
		SecretId id = vault.store(ours, "webhook.secret", TOKEN);
		assertThatThrownBy(() -> vault.reveal(theirs, id)).isInstanceOf(NotFoundException.class);
		assertThat(vault.hint(theirs, id)).isEmpty();

		SecretId copy = vault.store(ours, "webhook.secret", "another-secret-of-ours");
		byte[] stolen = ciphertext(id);
		asSystem(() -> jdbc.sql("update vault_secrets set ciphertext = ? where id = ?").params(stolen, copy.value()).update());
		assertThatThrownBy(() -> vault.reveal(ours, copy)).as("a ciphertext moved to another row does not open")
			.isInstanceOf(VaultIntegrityException.class);
	}

	@Test
	void afterTheInstallationSecretChangesEverySecretIsSealedAgainUnderTheNewKey() {
		byte[] oldKey = InstallationSecrets.keyOf("the old installation secret, long enough", CredentialVault.KEY_PURPOSE);
		byte[] newKey = InstallationSecrets.keyOf("the new installation secret, long enough", CredentialVault.KEY_PURPOSE);
		CredentialVault before = new CredentialVault(jdbc, transactions, new VaultKeys(oldKey, List.of()));
		CredentialVault after = new CredentialVault(jdbc, transactions, new VaultKeys(newKey, List.of(oldKey)));
		CredentialVault forgetful = new CredentialVault(jdbc, transactions, new VaultKeys(newKey, List.of()));
		OrganizationId organization = OrganizationId.of(UUID.randomUUID());
		SecretId id = before.store(organization, "salesforce.refresh_token", TOKEN);

		assertThatThrownBy(() -> forgetful.reveal(organization, id)).isInstanceOf(VaultIntegrityException.class)
			.hasMessageContaining("GROWTHHUB_PREVIOUS_SECRET_KEYS").hasMessageNotContaining(TOKEN);
		assertThat(after.reveal(organization, id)).as("opens under the previous key").isEqualTo(TOKEN);

		int resealed = 0;
		for (int batch = after.resealBatch(100); batch > 0; batch = after.resealBatch(100)) {
			resealed += batch;
		}
		assertThat(resealed).isGreaterThanOrEqualTo(1);
		assertThat(keyIdOf(id)).isEqualTo(VaultKeys.idOf(newKey));
		assertThat(forgetful.reveal(organization, id)).as("the old key is no longer needed").isEqualTo(TOKEN);
	}

	private byte[] ciphertext(SecretId id) {
		return asSystem(() -> jdbc.sql("select ciphertext from vault_secrets where id = ?").param(id.value())
			.query(byte[].class).single());
	}

	private String keyIdOf(SecretId id) {
		return asSystem(() -> jdbc.sql("select key_id from vault_secrets where id = ?").param(id.value())
			.query(String.class).single());
	}

	private <T> T asSystem(java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), work);
	}
}
