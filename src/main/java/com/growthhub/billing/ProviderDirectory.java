package com.growthhub.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * Who may be named on an invoice line as its provider, and which procedure codes a line may carry. Billing defines it
 * and does not know who implements it (analytics does, with its providers); when no module does, invoices offer no
 * provider choice and accept none.
 */
public interface ProviderDirectory {

	/** The organization's active providers, by name. */
	List<Choice> choices(OrganizationId organization);

	/** The provider's name, when it is one of the organization's. */
	Optional<String> nameOf(OrganizationId organization, UUID providerId);

	/** Built-in codes (BTX, FILLER, LASER, RHINO, BREAST, TUMMY, FACE) and the organization's own. */
	List<String> procedureCodes(OrganizationId organization);

	record Choice(UUID id, String name) {
	}

	/** No provider module: nothing to choose. */
	ProviderDirectory NONE = new ProviderDirectory() {

		@Override
		public List<Choice> choices(OrganizationId organization) {
			return List.of();
		}

		@Override
		public Optional<String> nameOf(OrganizationId organization, UUID providerId) {
			return Optional.empty();
		}

		@Override
		public List<String> procedureCodes(OrganizationId organization) {
			return List.of();
		}
	};
}
