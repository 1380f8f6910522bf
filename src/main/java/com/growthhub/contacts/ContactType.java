package com.growthhub.contacts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a person stands: target → contact → plug → lead → client. Each type has its own statuses;
 * conversions only move forward along the explicit edges below.
 */
public enum ContactType {

	TARGET(List.of("new", "researching", "reached_out", "not_a_fit")),
	CONTACT(List.of("new", "warm", "cold", "hot_lead")),
	PLUG(List.of("submitted", "accepted", "declined")),
	LEAD(List.of("new", "contacted", "qualified", "hot_lead", "unqualified")),
	CLIENT(List.of("new_client", "active", "inactive"));

	private final List<String> statuses;

	ContactType(List<String> statuses) {
		this.statuses = statuses;
	}

	public List<String> statuses() {
		return statuses;
	}

	public String defaultStatus() {
		return statuses.getFirst();
	}

	public boolean allows(String status) {
		return statuses.contains(status);
	}

	/** The types a contact of this type may be converted into. */
	public Set<ContactType> conversions() {
		return switch (this) {
			case TARGET -> EnumSet.of(CONTACT);
			case CONTACT -> EnumSet.of(PLUG, LEAD);
			case PLUG -> EnumSet.of(LEAD);
			case LEAD -> EnumSet.of(CLIENT);
			case CLIENT -> EnumSet.noneOf(ContactType.class);
		};
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ContactType fromKey(String key) {
		return valueOf(key.strip().toUpperCase(Locale.ROOT));
	}
}
