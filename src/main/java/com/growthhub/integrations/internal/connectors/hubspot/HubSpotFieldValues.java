package com.growthhub.integrations.internal.connectors.hubspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.LifecycleValues;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.OwnerDirectories;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.RecordPage;

/**
 * Translates the two HubSpot properties whose values are not GrowthHub's: {@code hubspot_owner_id} crosses as the
 * owner's email (through the account's owners, read once per run), and {@code lifecyclestage} as a GrowthHub lifecycle.
 * HubSpot's stages in: subscriber → contact; lead, marketingqualifiedlead, salesqualifiedlead and opportunity → lead;
 * customer and evangelist → client; other has no match (the sync warns). Out: contact → subscriber, lead → lead,
 * client → customer; target and plug have no HubSpot stage and are not sent (a target sent as a subscriber would
 * come back a contact, moving it forward by a round trip). An owner email no HubSpot owner has is not sent.
 */
@Component
class HubSpotFieldValues {

	static final String OWNER = "hubspot_owner_id";

	static final String STAGE = "lifecyclestage";

	static final LifecycleValues LIFECYCLES = new LifecycleValues(
			Map.of("subscriber", "contact", "lead", "lead", "marketingqualifiedlead", "lead", "salesqualifiedlead", "lead",
					"opportunity", "lead", "customer", "client", "evangelist", "client"),
			Map.of("contact", "subscriber", "lead", "lead", "client", "customer"));

	private final HubSpotOwners owners;

	private final OwnerDirectories directories;

	HubSpotFieldValues(HubSpotOwners owners, OwnerDirectories directories) {
		this.owners = owners;
		this.directories = directories;
	}

	RecordPage inbound(ProviderCredentials credentials, RecordPage page) {
		boolean anyOwner = page.records().stream().anyMatch(record -> record.fields().containsKey(OWNER));
		OwnerDirectories.Directory directory = anyOwner ? directory(credentials) : null;
		List<ExternalRecord> records = page.records().stream().map(record -> {
			if (!record.fields().containsKey(OWNER) && !record.fields().containsKey(STAGE)) {
				return record;
			}
			Map<String, String> fields = new LinkedHashMap<>(record.fields());
			String ownerId = fields.remove(OWNER);
			if (ownerId != null && directory != null) {
				// An owner HubSpot no longer lists (deactivated) has no email to match: the owner stays as it is here.
				directory.emailOf(ownerId).ifPresent(email -> fields.put(OWNER, email));
			}
			fields.computeIfPresent(STAGE, (name, stage) -> LIFECYCLES.toLocal(stage));
			return new ExternalRecord(record.externalId(), record.modifiedAt(), fields, record.deleted());
		}).toList();
		return new RecordPage(records, page.nextCursor());
	}

	List<OutboundRecord> outbound(ProviderCredentials credentials, List<OutboundRecord> records) {
		boolean anyOwner = records.stream().anyMatch(record -> record.fields().containsKey(OWNER));
		OwnerDirectories.Directory directory = anyOwner ? directory(credentials) : null;
		return records.stream().map(record -> {
			if (!record.fields().containsKey(OWNER) && !record.fields().containsKey(STAGE)) {
				return record;
			}
			Map<String, String> fields = new LinkedHashMap<>(record.fields());
			String email = fields.remove(OWNER);
			if (email != null && directory != null) {
				directory.idFor(email).ifPresent(id -> fields.put(OWNER, id));
			}
			String lifecycle = fields.remove(STAGE);
			String stage = lifecycle == null ? null : LIFECYCLES.toRemote(lifecycle);
			if (stage != null) {
				fields.put(STAGE, stage);
			}
			return new OutboundRecord(record.contactId(), record.externalId(), fields);
		}).toList();
	}

	private OwnerDirectories.Directory directory(ProviderCredentials credentials) {
		return this.directories.of(Provider.HUBSPOT, credentials,
				() -> this.owners.directory(credentials).ownerIdByEmail());
	}
}
