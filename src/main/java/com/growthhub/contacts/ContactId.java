package com.growthhub.contacts;

import java.util.Objects;
import java.util.UUID;

/** The id of a contact (a person or lead) inside its organization. */
public record ContactId(UUID value) {

	public ContactId {
		Objects.requireNonNull(value, "value");
	}

	public static ContactId of(UUID value) {
		return new ContactId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
