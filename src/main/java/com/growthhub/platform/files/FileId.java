package com.growthhub.platform.files;

import java.util.Objects;
import java.util.UUID;

/** A stored file's id. */
public record FileId(UUID value) {

	public FileId {
		Objects.requireNonNull(value, "value");
	}

	public static FileId of(UUID value) {
		return new FileId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
