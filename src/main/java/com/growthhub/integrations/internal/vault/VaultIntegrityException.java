package com.growthhub.integrations.internal.vault;

/** A sealed secret did not open: the row was altered, copied to another row, or its key is not this installation's. */
public class VaultIntegrityException extends IllegalStateException {

	public VaultIntegrityException(String message) {
		super(message);
	}

	public VaultIntegrityException(String message, Throwable cause) {
		super(message, cause);
	}
}
