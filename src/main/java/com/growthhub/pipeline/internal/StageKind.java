package com.growthhub.pipeline.internal;

import java.util.Locale;

/** What reaching a stage means for a deal: still open, won or lost. A deal's status is its stage's kind. */
public enum StageKind {

	OPEN, WON, LOST;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static StageKind fromKey(String key) {
		try {
			return valueOf(key.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidDealException.of("kind", "must be open, won or lost");
		}
	}
}
