package com.growthhub.integrations.internal.connectors.hubspot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The shapes of HubSpot's CRM v3 answers and requests that the connector reads and sends. */
final class HubSpotObjects {

	private HubSpotObjects() {
	}

	/** A page of {@code GET /crm/v3/objects/contacts} or of a search. */
	record ContactPage(List<Contact> results, @Nullable Paging paging) {

		@Nullable String nextAfter() {
			return this.paging == null || this.paging.next() == null ? null : this.paging.next().after();
		}
	}

	record Contact(String id, Map<String, @Nullable String> properties, @Nullable Instant updatedAt, @Nullable Boolean archived,
			@Nullable String objectWriteTraceId) {
	}

	record Paging(@Nullable Next next) {
	}

	record Next(String after) {
	}

	record SearchRequest(List<FilterGroup> filterGroups, List<Sort> sorts, List<String> properties, int limit,
			@Nullable String after) {
	}

	record FilterGroup(List<Filter> filters) {
	}

	record Filter(String propertyName, String operator, String value) {
	}

	record Sort(String propertyName, String direction) {
	}

	/** An input of {@code batch/update} ({@code id} is HubSpot's) or {@code batch/upsert} ({@code id} is the email). */
	record BatchInput(String id, @Nullable String idProperty, Map<String, String> properties, String objectWriteTraceId) {
	}

	record BatchRequest(List<BatchInput> inputs) {
	}

	/** The answer of a batch write: 200 when all went through, 207 with {@code errors} when some did not. */
	record BatchAnswer(@Nullable List<Contact> results, @Nullable List<BatchError> errors) {
	}

	record BatchError(@Nullable String message, @Nullable String category, @Nullable Map<String, List<String>> context) {

		boolean names(String value) {
			return this.context != null && this.context.values().stream().anyMatch(values -> values.contains(value));
		}
	}

	record PropertyList(List<Property> results) {
	}

	record Property(String name, String label, String type, @Nullable Boolean hubspotDefined, @Nullable Boolean hidden,
			@Nullable Boolean archived) {
	}

	record OwnerPage(List<Owner> results, @Nullable Paging paging) {
	}

	record Owner(String id, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
			@Nullable Boolean archived) {
	}

	record AccountDetails(long portalId, @Nullable String uiDomain, @Nullable String accountType) {
	}
}
