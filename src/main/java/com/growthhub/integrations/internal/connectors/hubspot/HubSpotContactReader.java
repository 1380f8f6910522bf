package com.growthhub.integrations.internal.connectors.hubspot;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.Contact;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.ContactPage;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.Filter;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.FilterGroup;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.SearchRequest;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.Sort;

/**
 * Reads contacts: an import lists them all ({@code GET /crm/v3/objects/contacts}, {@code after} paging); an increment
 * searches those whose {@code lastmodifieddate} is at or after {@code since}, oldest first. HubSpot's search answers
 * at most 10,000 results per query, so before the paging would pass that, the next query starts again from the last
 * modification date seen (records at that very instant are read twice; the engine compares and skips them).
 * The cursor is HubSpot's {@code after} for an import and {@code <since millis>/<after>} for an increment.
 */
@Component
class HubSpotContactReader {

	static final int SEARCH_RESULT_CAP = 10_000;

	private static final int LIST_PAGE_MAX = 100;

	private static final int SEARCH_PAGE_MAX = 200;

	private static final List<String> ALWAYS = List.of("email", "lastmodifieddate");

	private final HubSpotApi api;

	HubSpotContactReader(HubSpotApi api) {
		this.api = api;
	}

	RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		String properties = String.join(",", properties(request.fields()));
		return request.since() == null ? list(credentials, request, properties) : search(credentials, request);
	}

	private RecordPage list(ProviderCredentials credentials, ReadRequest request, String properties) {
		int limit = Math.clamp(request.pageSize(), 1, LIST_PAGE_MAX);
		ContactPage page = this.api.get(credentials, "list contacts", rest -> rest.get()
			.uri(uri -> uri.path("/crm/v3/objects/contacts")
				.queryParam("limit", limit)
				.queryParamIfPresent("after", java.util.Optional.ofNullable(request.cursor()))
				.queryParam("properties", properties)
				.queryParam("archived", false)
				.build()), new ParameterizedTypeReference<ContactPage>() {
				});
		return new RecordPage(records(page), page.nextAfter());
	}

	private RecordPage search(ProviderCredentials credentials, ReadRequest request) {
		SearchCursor cursor = SearchCursor.parse(request.cursor(), request.since());
		int limit = Math.clamp(request.pageSize(), 1, SEARCH_PAGE_MAX);
		SearchRequest body = new SearchRequest(
				List.of(new FilterGroup(List.of(new Filter("lastmodifieddate", "GTE", Long.toString(cursor.sinceMillis()))))),
				List.of(new Sort("lastmodifieddate", "ASCENDING")), List.copyOf(properties(request.fields())), limit,
				cursor.after());
		ContactPage page = this.api.search(credentials, "search contacts changed since " + Instant.ofEpochMilli(cursor.sinceMillis()),
				"/crm/v3/objects/contacts/search", body, ContactPage.class);
		List<ExternalRecord> records = records(page);
		return new RecordPage(records, cursor.next(page.nextAfter(), limit, records));
	}

	private static Set<String> properties(List<String> fields) {
		Set<String> properties = new LinkedHashSet<>(ALWAYS);
		properties.addAll(fields);
		return properties;
	}

	private static List<ExternalRecord> records(ContactPage page) {
		return page.results().stream().map(HubSpotContactReader::record).toList();
	}

	static ExternalRecord record(Contact contact) {
		Map<String, String> fields = new LinkedHashMap<>();
		contact.properties().forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				fields.put(name, value);
			}
		});
		return new ExternalRecord(contact.id(), modifiedAt(contact), fields, Boolean.TRUE.equals(contact.archived()));
	}

	private static Instant modifiedAt(Contact contact) {
		if (contact.updatedAt() != null) {
			return contact.updatedAt();
		}
		String lastModified = contact.properties().get("lastmodifieddate");
		return lastModified == null ? Instant.EPOCH : Instant.parse(lastModified);
	}

	/** Where an increment is: the {@code since} of the current query and HubSpot's {@code after} within it. */
	record SearchCursor(long sinceMillis, @Nullable String after) {

		static SearchCursor parse(@Nullable String cursor, Instant since) {
			if (cursor == null) {
				return new SearchCursor(since.toEpochMilli(), null);
			}
			int slash = cursor.indexOf('/');
			try {
				long millis = Long.parseLong(cursor.substring(0, slash));
				String after = cursor.substring(slash + 1);
				return new SearchCursor(millis, after.isEmpty() ? null : after);
			}
			catch (RuntimeException ex) {
				throw new ProviderFailureException("The HubSpot sync position \"" + cursor + "\" is not one this version wrote");
			}
		}

		@Nullable String next(@Nullable String nextAfter, int limit, List<ExternalRecord> records) {
			if (nextAfter == null) {
				return null;
			}
			if (!nextAfter.matches("\\d{1,9}") || Integer.parseInt(nextAfter) + limit <= SEARCH_RESULT_CAP) {
				return this.sinceMillis + "/" + nextAfter;
			}
			long last = records.getLast().modifiedAt().toEpochMilli();
			// Had 10,000 records the same instant, starting there again would loop: step past it.
			return (last > this.sinceMillis ? last : this.sinceMillis + 1) + "/";
		}
	}
}
