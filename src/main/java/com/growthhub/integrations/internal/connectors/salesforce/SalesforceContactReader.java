package com.growthhub.integrations.internal.connectors.salesforce;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;

/**
 * Reads leads and contacts with SOQL ordered by {@code SystemModstamp}: everything for an import, {@code WHERE
 * SystemModstamp > since} through {@code queryAll} for an increment, so deleted records come back with
 * {@code IsDeleted = true}. Salesforce pages with {@code nextRecordsUrl}; with both objects the contacts follow the
 * leads. The cursor is {@code <object index>|<nextRecordsUrl>}. The owner arrives as its email (see
 * {@link SalesforceOwners}), and the object's type as {@code attributes.type}, the lifecycle: a Lead is a lead here,
 * and a Contact a client, since Salesforce makes a contact of a lead when it converts it (a won lead).
 */
@Component
class SalesforceContactReader {

	private static final DateTimeFormatter MODSTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private final SalesforceApi api;

	private final SalesforceObjects objects;

	SalesforceContactReader(SalesforceApi api, SalesforceObjects objects) {
		this.api = api;
		this.objects = objects;
	}

	RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		List<String> names = SalesforceObjects.of(credentials);
		int index = 0;
		String next = null;
		if (request.cursor() != null) {
			int bar = request.cursor().indexOf('|');
			try {
				index = Integer.parseInt(request.cursor().substring(0, bar));
				next = bar + 1 < request.cursor().length() ? request.cursor().substring(bar + 1) : null;
			}
			catch (RuntimeException ex) {
				throw new ProviderFailureException("The Salesforce sync position \"" + request.cursor() + "\" is not one this version wrote");
			}
		}
		String object = names.get(Math.min(index, names.size() - 1));
		URI uri = next != null ? this.api.uri(credentials, next, Map.of()) : query(credentials, object, request);
		int batchSize = Math.clamp(request.pageSize(), 200, 2000);
		Map<String, Object> answer = this.api.getPaged(credentials, "query " + object + "s", uri, batchSize, SalesforceApi.OBJECT);
		List<ExternalRecord> records = records(answer);
		String nextRecords = answer.get("nextRecordsUrl") instanceof String url ? url : null;
		String cursor = nextRecords != null ? index + "|" + nextRecords : index + 1 < names.size() ? (index + 1) + "|" : null;
		return new RecordPage(records, cursor);
	}

	private URI query(ProviderCredentials credentials, String object, ReadRequest request) {
		Set<String> fields = new LinkedHashSet<>(List.of("Id", "SystemModstamp", "IsDeleted"));
		Set<String> known = this.objects.fields(credentials, object).keySet();
		request.fields().stream().filter(known::contains).forEach(fields::add);
		if (fields.contains(SalesforceOwners.OWNER)) {
			fields.add(SalesforceOwners.OWNER_EMAIL);
		}
		StringBuilder soql = new StringBuilder("SELECT ").append(String.join(", ", fields)).append(" FROM ").append(object);
		if (request.since() != null) {
			soql.append(" WHERE SystemModstamp > ")
				.append(DateTimeFormatter.ISO_INSTANT.format(request.since().truncatedTo(ChronoUnit.MILLIS)));
		}
		soql.append(" ORDER BY SystemModstamp ASC");
		String resource = request.since() == null ? "/query" : "/queryAll";
		return this.api.uri(credentials, this.api.dataPath() + resource, Map.of("q", soql.toString()));
	}

	private static List<ExternalRecord> records(Map<String, Object> answer) {
		if (!(answer.get("records") instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Map.class::isInstance).map(item -> record((Map<?, ?>) item)).toList();
	}

	private static ExternalRecord record(Map<?, ?> row) {
		Map<String, String> fields = new LinkedHashMap<>();
		row.forEach((name, value) -> {
			if (value != null && !(value instanceof Map) && !(value instanceof List) && !"attributes".equals(name)) {
				fields.put(String.valueOf(name), String.valueOf(value));
			}
		});
		// The owner's id means nothing here: its email does (an owner without one is left out).
		if (fields.remove(SalesforceOwners.OWNER) != null && row.get("Owner") instanceof Map<?, ?> owner
				&& owner.get("Email") instanceof String email && !email.isBlank()) {
			fields.put(SalesforceOwners.OWNER, email.toLowerCase(java.util.Locale.ROOT));
		}
		if (row.get("attributes") instanceof Map<?, ?> attributes && attributes.get("type") instanceof String type) {
			String lifecycle = SalesforceConnector.LIFECYCLES.get(type);
			fields.put(SalesforceConnector.OBJECT_TYPE, lifecycle != null ? lifecycle : type);
		}
		return new ExternalRecord(String.valueOf(row.get("Id")), modstamp(fields.get("SystemModstamp")), fields,
				Boolean.parseBoolean(fields.get("IsDeleted")));
	}

	private static Instant modstamp(@Nullable String value) {
		return value == null ? Instant.EPOCH : OffsetDateTime.parse(value, MODSTAMP).toInstant();
	}
}
