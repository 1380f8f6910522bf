package com.growthhub.integrations.internal.connectors.hubspot;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.Owner;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.OwnerPage;

/**
 * HubSpot's owners ({@code GET /crm/v3/owners}), so the engine can map a contact's owner by email both ways: the
 * local owner's email becomes {@code hubspot_owner_id} on the way out, and HubSpot's owner id becomes a local user
 * by the owner's email on the way in. Needs the {@code crm.objects.owners.read} scope.
 */
@Component
public class HubSpotOwners {

	private static final int PAGE_SIZE = 100;

	private final HubSpotApi api;

	HubSpotOwners(HubSpotApi api) {
		this.api = api;
	}

	/** All active owners of the account, read once per call (a sync run reads it once and keeps the answer). */
	public Directory directory(ProviderCredentials credentials) {
		Map<String, String> idByEmail = new HashMap<>();
		String after = null;
		do {
			String page = after;
			OwnerPage owners = this.api.get(credentials, "list owners", rest -> rest.get()
				.uri(uri -> uri.path("/crm/v3/owners")
					.queryParam("limit", PAGE_SIZE)
					.queryParamIfPresent("after", Optional.ofNullable(page))
					.queryParam("archived", false)
					.build()), new ParameterizedTypeReference<OwnerPage>() {
					});
			for (Owner owner : owners.results()) {
				if (owner.email() != null && !Boolean.TRUE.equals(owner.archived())) {
					idByEmail.put(owner.email().toLowerCase(Locale.ROOT), owner.id());
				}
			}
			after = owners.paging() == null || owners.paging().next() == null ? null : owners.paging().next().after();
		}
		while (after != null);
		return new Directory(Map.copyOf(idByEmail));
	}

	/** Owners by lower-case email. */
	public record Directory(Map<String, String> ownerIdByEmail) {

		public Optional<String> ownerIdFor(@Nullable String email) {
			return email == null ? Optional.empty() : Optional.ofNullable(this.ownerIdByEmail.get(email.toLowerCase(Locale.ROOT)));
		}

		public Optional<String> emailOf(@Nullable String ownerId) {
			return this.ownerIdByEmail.entrySet()
				.stream()
				.filter(entry -> entry.getValue().equals(ownerId))
				.map(Map.Entry::getKey)
				.findFirst();
		}
	}
}
