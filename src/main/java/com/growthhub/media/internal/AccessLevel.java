package com.growthhub.media.internal;

import java.util.Locale;

/** Who may see an item: its owner only, everybody in the organization, or also anybody holding a share link. */
public enum AccessLevel {

	PRIVATE, ORGANIZATION, PUBLIC;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
