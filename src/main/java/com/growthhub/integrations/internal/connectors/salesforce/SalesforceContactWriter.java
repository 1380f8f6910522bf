package com.growthhub.integrations.internal.connectors.salesforce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.WriteResult;

/**
 * Writes through the sObject Collections resource ({@code /composite/sobjects}), 200 records a call with
 * {@code allOrNone=false} so one refused record does not stop the others: {@code POST} creates (as the first object
 * of the connection's setting), {@code PATCH} updates (the object known from the id's prefix). Fields the object
 * does not have are left out rather than failing the record. Salesforce answers one result per record, in order.
 * The owner's email becomes the id of the Salesforce user with that email ({@link SalesforceOwners}); the lifecycle
 * ({@code attributes.type}) is not written: a lead becomes a contact there only by Salesforce's own conversion.
 */
@Component
class SalesforceContactWriter {

	static final int BATCH_SIZE = 200;

	private static final Set<String> READ_ONLY = Set.of("Id", "SystemModstamp", "IsDeleted");

	private final SalesforceApi api;

	private final SalesforceObjects objects;

	private final SalesforceOwners owners;

	SalesforceContactWriter(SalesforceApi api, SalesforceObjects objects, SalesforceOwners owners) {
		this.api = api;
		this.objects = objects;
		this.owners = owners;
	}

	List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> given) {
		List<OutboundRecord> records = withOwnerIds(credentials, given);
		String newObject = SalesforceObjects.of(credentials).getFirst();
		List<OutboundRecord> creates = records.stream().filter(record -> record.externalId() == null).toList();
		List<OutboundRecord> updates = records.stream().filter(record -> record.externalId() != null).toList();
		Map<UUID, WriteResult> results = new HashMap<>();
		for (int from = 0; from < creates.size(); from += BATCH_SIZE) {
			send(credentials, HttpMethod.POST, creates.subList(from, Math.min(from + BATCH_SIZE, creates.size())), newObject, results);
		}
		for (int from = 0; from < updates.size(); from += BATCH_SIZE) {
			send(credentials, HttpMethod.PATCH, updates.subList(from, Math.min(from + BATCH_SIZE, updates.size())), newObject, results);
		}
		return records.stream().map(record -> results.get(record.contactId())).toList();
	}

	private void send(ProviderCredentials credentials, HttpMethod method, List<OutboundRecord> batch, String newObject,
			Map<UUID, WriteResult> results) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (OutboundRecord record : batch) {
			String object = record.externalId() == null ? newObject : SalesforceObjects.ofId(record.externalId());
			Set<String> known = this.objects.fields(credentials, object).keySet();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("attributes", Map.of("type", object));
			if (record.externalId() != null) {
				row.put("Id", record.externalId());
			}
			record.fields().forEach((name, value) -> {
				if (known.contains(name) && !READ_ONLY.contains(name)) {
					row.put(name, value);
				}
			});
			rows.add(row);
		}
		List<Map<String, Object>> answer = this.api.send(credentials,
				(method == HttpMethod.POST ? "create " : "update ") + batch.size() + " records", method,
				this.api.uri(credentials, this.api.dataPath() + "/composite/sobjects", Map.of()),
				Map.of("allOrNone", false, "records", rows), SalesforceApi.ARRAY);
		for (int i = 0; i < batch.size(); i++) {
			OutboundRecord record = batch.get(i);
			Map<String, Object> result = answer != null && i < answer.size() ? answer.get(i) : Map.of();
			results.put(record.contactId(), result(record, result));
		}
	}

	private List<OutboundRecord> withOwnerIds(ProviderCredentials credentials, List<OutboundRecord> records) {
		List<String> emails = records.stream().map(record -> record.fields().get(SalesforceOwners.OWNER))
			.filter(java.util.Objects::nonNull).toList();
		if (emails.isEmpty()) {
			return records;
		}
		Map<String, String> ids = this.owners.idsByEmail(credentials, emails);
		return records.stream().map(record -> {
			String email = record.fields().get(SalesforceOwners.OWNER);
			if (email == null) {
				return record;
			}
			Map<String, String> fields = new LinkedHashMap<>(record.fields());
			fields.remove(SalesforceOwners.OWNER);
			String id = ids.get(email.toLowerCase(java.util.Locale.ROOT));
			if (id != null) {
				fields.put(SalesforceOwners.OWNER, id);
			}
			return new OutboundRecord(record.contactId(), record.externalId(), fields);
		}).toList();
	}

	private static WriteResult result(OutboundRecord record, Map<String, Object> result) {
		if (Boolean.TRUE.equals(result.get("success"))) {
			return new WriteResult(record.contactId(), String.valueOf(result.get("id")), null);
		}
		List<String> reasons = new ArrayList<>();
		if (result.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> map) {
					reasons.add(map.get("message") + " (" + map.get("statusCode") + ")");
				}
			}
		}
		return new WriteResult(record.contactId(), record.externalId(),
				"Salesforce refused this record: " + (reasons.isEmpty() ? "no result came back for it" : String.join("; ", reasons)));
	}
}
