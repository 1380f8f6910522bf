package com.growthhub.integrations.internal.connectors.gohighlevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.LifecycleValues;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.OwnerDirectories;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.RecordPage;

/**
 * Translates the two HighLevel contact fields whose values are not GrowthHub's: {@code assignedTo} (a user id) crosses
 * as the user's email, from the location's users ({@code GET /users/?locationId=}, read once per run); {@code type}
 * as a lifecycle: lead → lead, customer → client in; lead → lead, client → customer out (HighLevel has no other
 * types, so target, contact and plug are not sent). A user or a value with no match is not sent.
 */
@Component
class GoHighLevelFieldValues {

	static final String OWNER = "assignedTo";

	static final String TYPE = "type";

	static final LifecycleValues LIFECYCLES = new LifecycleValues(Map.of("lead", "lead", "customer", "client"),
			Map.of("lead", "lead", "client", "customer"));

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private final GoHighLevelApi api;

	private final OwnerDirectories directories;

	GoHighLevelFieldValues(GoHighLevelApi api, OwnerDirectories directories) {
		this.api = api;
		this.directories = directories;
	}

	RecordPage inbound(ProviderCredentials credentials, RecordPage page) {
		boolean anyOwner = page.records().stream().anyMatch(record -> record.fields().containsKey(OWNER));
		OwnerDirectories.Directory users = anyOwner ? users(credentials) : null;
		List<ExternalRecord> records = page.records().stream().map(record -> {
			if (!record.fields().containsKey(OWNER) && !record.fields().containsKey(TYPE)) {
				return record;
			}
			Map<String, String> fields = new LinkedHashMap<>(record.fields());
			String userId = fields.remove(OWNER);
			if (userId != null && users != null) {
				users.emailOf(userId).ifPresent(email -> fields.put(OWNER, email));
			}
			fields.computeIfPresent(TYPE, (name, type) -> LIFECYCLES.toLocal(type));
			return new ExternalRecord(record.externalId(), record.modifiedAt(), fields, record.deleted());
		}).toList();
		return new RecordPage(records, page.nextCursor());
	}

	List<OutboundRecord> outbound(ProviderCredentials credentials, List<OutboundRecord> records) {
		boolean anyOwner = records.stream().anyMatch(record -> record.fields().containsKey(OWNER));
		OwnerDirectories.Directory users = anyOwner ? users(credentials) : null;
		return records.stream().map(record -> {
			if (!record.fields().containsKey(OWNER) && !record.fields().containsKey(TYPE)) {
				return record;
			}
			Map<String, String> fields = new LinkedHashMap<>(record.fields());
			String email = fields.remove(OWNER);
			if (email != null && users != null) {
				users.idFor(email).ifPresent(id -> fields.put(OWNER, id));
			}
			String lifecycle = fields.remove(TYPE);
			String type = lifecycle == null ? null : LIFECYCLES.toRemote(lifecycle);
			if (type != null) {
				fields.put(TYPE, type);
			}
			return new OutboundRecord(record.contactId(), record.externalId(), fields);
		}).toList();
	}

	private OwnerDirectories.Directory users(ProviderCredentials credentials) {
		return this.directories.of(Provider.GOHIGHLEVEL, credentials, () -> {
			Map<String, Object> answer = this.api.call(credentials, "list the location's users", HttpMethod.GET,
					"/users/?locationId={locationId}", new Object[] { GoHighLevelApi.location(credentials) }, null, OBJECT);
			Map<String, String> idByEmail = new LinkedHashMap<>();
			if (answer.get("users") instanceof List<?> users) {
				for (Object item : users) {
					if (item instanceof Map<?, ?> user && user.get("email") instanceof String email
							&& user.get("id") instanceof String id) {
						idByEmail.put(email, id);
					}
				}
			}
			return idByEmail;
		});
	}
}
