package com.growthhub.shared;

import java.util.UUID;

/** The id of a person who can sign in; one user may belong to several organizations. */
public record UserId(UUID value) {

	public UserId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static UserId of(UUID value) {
		return new UserId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
