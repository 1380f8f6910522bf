package com.growthhub.messaging.internal.lines;

/**
 * Gets a new line's phone number ready. By default nothing is bought: an admin confirms the line active by hand once
 * the number works. With an SMS provider configured the number is bought there.
 */
public interface NumberProvisioning {

	/** Whether a line becomes active without anybody confirming it. */
	boolean automatic();

	/** Buys {@code phoneNumber}; returns the provider's id of it. */
	String buy(String phoneNumber, String friendlyName) throws ProvisioningFailedException;

	class ProvisioningFailedException extends Exception {

		public ProvisioningFailedException(String message) {
			super(message);
		}
	}
}
