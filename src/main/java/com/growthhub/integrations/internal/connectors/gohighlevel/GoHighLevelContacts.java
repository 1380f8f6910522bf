package com.growthhub.integrations.internal.connectors.gohighlevel;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads contacts through {@code POST /contacts/search} sorted by {@code dateUpdated} (an increment filters on a range
 * from {@code since} on), paging with the {@code searchAfter} each contact carries, which, unlike page numbers, goes past
 * 10,000 records; the cursor is that array as JSON. Deletions arrive by webhook only: the search does not list deleted
 * contacts. Writes and deletions are one contact a request (HighLevel has no batch write): {@code PUT /contacts/{id}} for known
 * contacts, {@code POST /contacts/upsert} for new ones, so the location's duplicate rules (email, phone) decide
 * whether one is new. Custom fields are named {@code customFields.<id>} both ways.
 */
@Component
class GoHighLevelContacts {

	static final String CUSTOM = "customFields.";

	private static final int PAGE_MAX = 500;

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final Set<String> NOT_FIELDS = Set.of("id", "locationId", "searchAfter", "customFields");

	private final GoHighLevelApi api;

	GoHighLevelContacts(GoHighLevelApi api) {
		this.api = api;
	}

	RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		int limit = Math.clamp(request.pageSize(), 1, PAGE_MAX);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("locationId", GoHighLevelApi.location(credentials));
		body.put("pageLimit", limit);
		if (request.cursor() != null) {
			body.put("searchAfter", searchAfter(request.cursor()));
		}
		if (request.since() != null) {
			String after = DateTimeFormatter.ISO_INSTANT.format(request.since().truncatedTo(ChronoUnit.MILLIS));
			// At or after: a contact changed in the very millisecond of since is read again rather than missed.
			body.put("filters", List.of(Map.of("field", "dateUpdated", "operator", "range", "value", Map.of("gte", after))));
		}
		body.put("sort", List.of(Map.of("field", "dateUpdated", "direction", "asc")));
		Map<String, Object> answer = this.api.call(credentials, "search contacts", HttpMethod.POST, "/contacts/search",
				new Object[0], body, OBJECT);
		List<Map<?, ?>> contacts = answer.get("contacts") instanceof List<?> list
				? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
		List<ExternalRecord> records = contacts.stream().map(GoHighLevelContacts::record).toList();
		Object last = contacts.isEmpty() ? null : contacts.getLast().get("searchAfter");
		String next = contacts.size() < limit || last == null ? null : JsonMapper.shared().writeValueAsString(last);
		return new RecordPage(records, next);
	}

	List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		List<WriteResult> results = new ArrayList<>();
		for (OutboundRecord record : records) {
			try {
				results.add(new WriteResult(record.contactId(), write(credentials, record), null));
			}
			catch (ProviderUnauthorizedException | ProviderRateLimitedException ex) {
				throw ex;
			}
			catch (ProviderFailureException ex) {
				results.add(new WriteResult(record.contactId(), record.externalId(), ex.getMessage()));
			}
		}
		return results;
	}

	/** One {@code DELETE /contacts/{contactId}} a contact: HighLevel has no batch delete either. */
	List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		List<DeleteResult> results = new ArrayList<>();
		for (String id : externalIds) {
			try {
				this.api.delete(credentials, "delete a contact", "/contacts/{contactId}", new Object[] { id });
				results.add(DeleteResult.done(id));
			}
			catch (ProviderUnauthorizedException | ProviderRateLimitedException ex) {
				throw ex;
			}
			catch (ProviderFailureException ex) {
				results.add(new DeleteResult(id, ex.getMessage()));
			}
		}
		return results;
	}

	private String write(ProviderCredentials credentials, OutboundRecord record) {
		Map<String, Object> body = body(record);
		Map<String, Object> answer;
		if (record.externalId() == null) {
			body.put("locationId", GoHighLevelApi.location(credentials));
			answer = this.api.call(credentials, "create a contact", HttpMethod.POST, "/contacts/upsert", new Object[0], body, OBJECT);
		}
		else {
			answer = this.api.call(credentials, "update a contact", HttpMethod.PUT, "/contacts/{id}",
					new Object[] { record.externalId() }, body, OBJECT);
		}
		if (answer.get("contact") instanceof Map<?, ?> contact && contact.get("id") instanceof String id) {
			return id;
		}
		throw new ProviderFailureException("HighLevel did not answer the contact's id");
	}

	private static Map<String, Object> body(OutboundRecord record) {
		Map<String, Object> body = new LinkedHashMap<>();
		List<Map<String, String>> custom = new ArrayList<>();
		record.fields().forEach((name, value) -> {
			if (name.startsWith(CUSTOM)) {
				custom.add(Map.of("id", name.substring(CUSTOM.length()), "field_value", value));
			}
			else if (!NOT_FIELDS.contains(name)) {
				body.put(name, value);
			}
		});
		if (!custom.isEmpty()) {
			body.put("customFields", custom);
		}
		return body;
	}

	static ExternalRecord record(Map<?, ?> contact) {
		Map<String, String> fields = new LinkedHashMap<>();
		contact.forEach((name, value) -> {
			if (value != null && !(value instanceof Map) && !(value instanceof List) && !NOT_FIELDS.contains(name)) {
				fields.put(String.valueOf(name), String.valueOf(value));
			}
		});
		if (contact.get("customFields") instanceof List<?> custom) {
			for (Object item : custom) {
				if (item instanceof Map<?, ?> field && field.get("id") != null && field.get("value") != null) {
					Object value = field.get("value");
					fields.put(CUSTOM + field.get("id"), value instanceof List<?> values
							? String.join(", ", values.stream().map(String::valueOf).toList()) : String.valueOf(value));
				}
			}
		}
		String updated = fields.getOrDefault("dateUpdated", fields.get("dateAdded"));
		return new ExternalRecord(String.valueOf(contact.get("id")), updated == null ? Instant.EPOCH : Instant.parse(updated),
				fields, false);
	}

	private static List<?> searchAfter(String cursor) {
		try {
			return JsonMapper.shared().readValue(cursor, List.class);
		}
		catch (JacksonException ex) {
			throw new ProviderFailureException("The HighLevel sync position \"" + cursor + "\" is not one this version wrote");
		}
	}
}
