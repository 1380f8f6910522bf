package com.growthhub.integrations.internal.vault;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.Vault;
import com.growthhub.shared.OrganizationId;

/** The vault's public face: the same {@link CredentialVault}, with plain ids. */
@Component
class VaultForModules implements Vault {

	private final CredentialVault vault;

	VaultForModules(CredentialVault vault) {
		this.vault = vault;
	}

	@Override
	public UUID store(OrganizationId organization, String purpose, String secret) {
		return vault.store(organization, purpose, secret).value();
	}

	@Override
	public void replace(OrganizationId organization, UUID id, String secret) {
		vault.replace(organization, SecretId.of(id), secret);
	}

	@Override
	public String reveal(OrganizationId organization, UUID id) {
		return vault.reveal(organization, SecretId.of(id));
	}

	@Override
	public Optional<String> hint(OrganizationId organization, UUID id) {
		return vault.hint(organization, SecretId.of(id));
	}
}
