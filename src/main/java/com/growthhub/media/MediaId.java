package com.growthhub.media;

import java.util.Objects;
import java.util.UUID;

/** The id of a media item. */
public record MediaId(UUID value) {

	public MediaId {
		Objects.requireNonNull(value, "value");
	}

	public static MediaId of(UUID value) {
		return new MediaId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
