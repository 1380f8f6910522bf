package com.growthhub.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.growthhub.identity.NewClientAccount;

/** The values a client account accepts, checked at the boundary so the database constraints are never what refuses. */
final class ClientAccountValues {

	private static final Pattern CLIENT_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private ClientAccountValues() {
	}

	static NewClientAccount checked(NewClientAccount account) {
		return new NewClientAccount(name(account.name()), clientType(account.clientType()), services(account.services()),
				text("contactName", account.contactName(), 200), email(account.contactEmail()));
	}

	static String name(@Nullable String name) {
		return text("name", name, 120);
	}

	static String clientType(@Nullable String type) {
		String key = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
		if (!CLIENT_TYPE.matcher(key).matches()) {
			throw ClientAccountInputException.field("clientType", "must be a lower-case key such as medical or home_services");
		}
		return key;
	}

	/** Blank entries dropped, duplicates kept once, in the order given. */
	static List<String> services(@Nullable List<String> services) {
		if (services == null) {
			return List.of();
		}
		LinkedHashSet<String> kept = new LinkedHashSet<>();
		for (String service : services) {
			if (service != null && !service.isBlank()) {
				kept.add(text("services", service, 80));
			}
		}
		if (kept.size() > 30) {
			throw ClientAccountInputException.field("services", "may list at most 30 services");
		}
		return List.copyOf(kept);
	}

	static String email(@Nullable String email) {
		String address = email == null ? "" : UserAccount.normalize(email);
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw ClientAccountInputException.field("contactEmail", "must be an email address");
		}
		return address;
	}

	private static String text(String field, @Nullable String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > max) {
			throw ClientAccountInputException.field(field, "must be 1 to " + max + " characters");
		}
		return text;
	}
}
