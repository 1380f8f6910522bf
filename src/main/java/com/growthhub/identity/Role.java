package com.growthhub.identity;

import java.util.Locale;

/** A member's role in one organization, from most to least powerful. */
public enum Role {

	OWNER, ADMIN, MANAGER, MEMBER, CLIENT;

	/** Whether this role has at least the rights of {@code other}. */
	public boolean atLeast(Role other) {
		return ordinal() <= other.ordinal();
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role fromKey(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT));
	}
}
