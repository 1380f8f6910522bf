package com.growthhub.analytics.internal.commissions;

import java.util.Locale;

/** What a provider does (seed 004). */
public enum ProviderRole {
	SURGEON, NURSE, INJECTOR, CONSULTANT, REP, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ProviderRole fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}
}
