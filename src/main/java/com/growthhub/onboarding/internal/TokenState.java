package com.growthhub.onboarding.internal;

import java.util.Locale;

/** Seed 001's token lifecycle: created active; consumed by step 1; revoked by a newer link or completion; expired. */
public enum TokenState {

	ACTIVE, CONSUMED, REVOKED, EXPIRED, UNKNOWN;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
