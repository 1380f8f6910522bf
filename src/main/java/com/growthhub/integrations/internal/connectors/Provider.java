package com.growthhub.integrations.internal.connectors;

import java.util.Locale;

/** The systems an organization can connect; {@link #key()} is how URLs and JSON name them. */
public enum Provider {

	HUBSPOT, SALESFORCE, GOOGLE_SHEETS, GOHIGHLEVEL, CTM, GOOGLE_BUSINESS, MONDAY;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
