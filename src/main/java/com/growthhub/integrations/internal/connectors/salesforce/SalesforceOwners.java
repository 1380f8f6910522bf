package com.growthhub.integrations.internal.connectors.salesforce;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;

/**
 * A record's owner crosses as the owner's email: read, the query asks {@code Owner.Email} with {@code OwnerId} (no
 * call of its own); written, the users with those emails are looked up once per batch ({@code SELECT Id, Email FROM
 * User WHERE Email IN (…)}) and an email no Salesforce user has is not sent, so the record keeps its owner there.
 */
@Component
class SalesforceOwners {

	static final String OWNER = "OwnerId";

	static final String OWNER_EMAIL = "Owner.Email";

	private final SalesforceApi api;

	SalesforceOwners(SalesforceApi api) {
		this.api = api;
	}

	/** User ids by lower-case email, for the emails given. */
	Map<String, String> idsByEmail(ProviderCredentials credentials, Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		String list = emails.stream().map(email -> "'" + quoted(email.toLowerCase(Locale.ROOT)) + "'").distinct()
			.collect(Collectors.joining(", "));
		Map<String, Object> answer = this.api.get(credentials, "look up owners by email",
				this.api.uri(credentials, this.api.dataPath() + "/query",
						Map.of("q", "SELECT Id, Email FROM User WHERE Email IN (" + list + ")")),
				SalesforceApi.OBJECT);
		Map<String, String> ids = new LinkedHashMap<>();
		if (answer != null && answer.get("records") instanceof List<?> records) {
			for (Object item : records) {
				if (item instanceof Map<?, ?> user && user.get("Email") instanceof String email && user.get("Id") instanceof String id) {
					ids.putIfAbsent(email.toLowerCase(Locale.ROOT), id);
				}
			}
		}
		return ids;
	}

	/** A SOQL string literal's escapes: a quote or a backslash in an email must not end the literal. */
	private static String quoted(String value) {
		return value.replace("\\", "\\\\").replace("'", "\\'");
	}
}
