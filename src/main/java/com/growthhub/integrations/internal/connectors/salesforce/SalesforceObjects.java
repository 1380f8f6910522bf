package com.growthhub.integrations.internal.connectors.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.Connector.RemoteField;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;

/**
 * The Salesforce objects a connection syncs (the {@code objects} setting: Lead, Contact or both) and their fields from
 * {@code /sobjects/{object}/describe}, kept ten minutes per instance: a mapping may name a field only one of the two
 * objects has (Lead's {@code Company}), and a query or a write naming a field the object lacks fails whole.
 */
@Component
class SalesforceObjects {

	static final String SETTING = "objects";

	static final List<String> SUPPORTED = List.of("Lead", "Contact");

	private static final Duration KEPT = Duration.ofMinutes(10);

	private final SalesforceApi api;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Described> described = new ConcurrentHashMap<>();

	SalesforceObjects(SalesforceApi api) {
		this.api = api;
	}

	/** The objects of a connection, in the setting's order; Contact when not set. */
	static List<String> of(ProviderCredentials credentials) {
		String setting = credentials.settings().getOrDefault(SETTING, "Contact");
		List<String> objects = new ArrayList<>();
		for (String part : setting.split("[,\\s]+")) {
			SUPPORTED.stream().filter(name -> name.equalsIgnoreCase(part)).findFirst()
				.filter(name -> !objects.contains(name)).ifPresent(objects::add);
		}
		if (objects.isEmpty()) {
			throw new ProviderFailureException("The Salesforce objects setting must name Lead, Contact or both, not \"" + setting + "\"");
		}
		return objects;
	}

	/** The object a record id belongs to, by Salesforce's key prefix ({@code 00Q} leads, {@code 003} contacts). */
	static String ofId(String id) {
		return id.startsWith("00Q") ? "Lead" : "Contact";
	}

	/** The fields of an object by name. */
	Map<String, RemoteField> fields(ProviderCredentials credentials, String object) {
		String key = SalesforceApi.instance(credentials) + "|" + object;
		Described cached = this.described.get(key);
		if (cached != null && cached.at().plus(KEPT).isAfter(this.clock.instant())) {
			return cached.fields();
		}
		Map<String, Object> answer = this.api.get(credentials, "describe " + object,
				this.api.uri(credentials, this.api.dataPath() + "/sobjects/" + object + "/describe", Map.of()),
				SalesforceApi.OBJECT);
		Map<String, RemoteField> fields = new LinkedHashMap<>();
		if (answer != null && answer.get("fields") instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> field && field.get("name") instanceof String name) {
					fields.put(name, new RemoteField(name, String.valueOf(field.get("label")),
							String.valueOf(field.get("type")).toLowerCase(Locale.ROOT), name.endsWith("__c")));
				}
			}
		}
		this.described.put(key, new Described(java.util.Collections.unmodifiableMap(fields), this.clock.instant()));
		return fields;
	}

	private record Described(Map<String, RemoteField> fields, Instant at) {
	}
}
