package com.growthhub.integrations.internal.connections;

/** Where a connection stands: syncing, failing (its last run failed), paused (by a person or the circuit), or gone. */
public enum ConnectionStatus {
	CONNECTED, ERROR, PAUSED, DISCONNECTED
}
