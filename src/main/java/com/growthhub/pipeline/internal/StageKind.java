package com.growthhub.pipeline.internal;

import java.util.Locale;

/** What reaching a stage means for a deal: still open, won or lost. A deal's status is its stage's kind. */
public enum StageKind {

	OPEN, WON, LOST;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
