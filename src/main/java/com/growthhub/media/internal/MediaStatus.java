package com.growthhub.media.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an item's processing stands. The allowed moves live here and only here: an upload starts
 * processing and becomes ready or failed; a failed item may be processed again.
 */
public enum MediaStatus {

	PROCESSING, READY, FAILED;

	public Set<MediaStatus> next() {
		return switch (this) {
			case PROCESSING -> EnumSet.of(READY, FAILED);
			case FAILED -> EnumSet.of(PROCESSING);
			case READY -> EnumSet.noneOf(MediaStatus.class);
		};
	}

	public boolean canMoveTo(MediaStatus to) {
		return next().contains(to);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
