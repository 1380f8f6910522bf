package com.growthhub.billing;

import java.util.UUID;

/** An invoice's id. */
public record InvoiceId(UUID value) {

	public InvoiceId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static InvoiceId of(UUID value) {
		return new InvoiceId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
