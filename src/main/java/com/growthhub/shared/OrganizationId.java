package com.growthhub.shared;

import java.util.UUID;

/** The id of an organization, the tenant that owns nearly every row. */
public record OrganizationId(UUID value) {

	public OrganizationId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static OrganizationId of(UUID value) {
		return new OrganizationId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
