package com.growthhub.integrations.internal.vault;

import java.util.Objects;
import java.util.UUID;

/** A secret kept in the vault; the row that needs the secret keeps this id, never the secret. */
public record SecretId(UUID value) {

	public SecretId {
		Objects.requireNonNull(value, "value");
	}

	public static SecretId of(UUID value) {
		return new SecretId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
