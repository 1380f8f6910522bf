package com.growthhub.integrations.internal.connectors.googlebusiness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;

/**
 * The locations a connection reads, as picked on its settings card: {@code accounts/1/locations/2}, optionally
 * {@code =Display name}, separated by commas or new lines. Checked here because each becomes a path of Google's API.
 */
record GoogleBusinessLocations(List<Location> all) {

	static final String SETTING = "locations";

	private static final Pattern NAME = Pattern.compile("accounts/\\d{1,30}/locations/\\d{1,30}");

	record Location(String name, String title) {
	}

	static GoogleBusinessLocations of(ProviderCredentials credentials) {
		String setting = credentials.settings().getOrDefault(SETTING, "");
		List<Location> locations = new ArrayList<>();
		for (String entry : setting.split("[,\\n]")) {
			if (entry.isBlank()) {
				continue;
			}
			int equals = entry.indexOf('=');
			String name = (equals < 0 ? entry : entry.substring(0, equals)).strip();
			String title = equals < 0 ? name : entry.substring(equals + 1).strip();
			if (!NAME.matcher(name).matches()) {
				throw new ProviderFailureException("\"" + name + "\" is no Google Business Profile location; pick locations as "
						+ "accounts/<account id>/locations/<location id>");
			}
			locations.add(new Location(name, title.isEmpty() ? name : title));
		}
		return new GoogleBusinessLocations(List.copyOf(locations));
	}

	static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new ProviderFailureException("\"" + name + "\" is no Google Business Profile location");
		}
	}
}
