package com.growthhub.masterclasses;

import java.util.Objects;
import java.util.UUID;

/** A masterclass's id. */
public record MasterclassId(UUID value) {

	public MasterclassId {
		Objects.requireNonNull(value, "value");
	}

	public static MasterclassId of(UUID value) {
		return new MasterclassId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
