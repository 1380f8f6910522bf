package com.growthhub.integrations;

import java.util.Optional;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * The credential vault for other modules: secrets encrypted at rest (AES-256-GCM under a key derived from the
 * installation secret), never logged. A module keeps the id {@link #store} answers next to its own row, shows
 * {@link #hint} on pages and calls {@link #reveal} only where the person asking may see the secret; deciding who may,
 * and recording that they did, is the caller's job.
 */
public interface Vault {

	/** Keeps a new secret for {@code purpose} (e.g. {@code onboarding.website.admin_password}); answers its id. */
	UUID store(OrganizationId organization, String purpose, String secret);

	/** Replaces the secret kept under {@code id}; 404 unless it is the organization's. */
	void replace(OrganizationId organization, UUID id, String secret);

	/** The secret itself; 404 unless it is the organization's. */
	String reveal(OrganizationId organization, UUID id);

	/** The last four characters of the secret, for a masked display; empty when there is no such secret. */
	Optional<String> hint(OrganizationId organization, UUID id);
}
