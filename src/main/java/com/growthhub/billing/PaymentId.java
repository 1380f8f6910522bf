package com.growthhub.billing;

import java.util.UUID;

/** A payment's id. */
public record PaymentId(UUID value) {

	public static PaymentId of(UUID value) {
		return new PaymentId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
