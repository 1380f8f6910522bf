package com.growthhub.messaging.internal.lines;

/** Provisioning → active, or failed. Only an active line sends. */
public enum LineStatus {
	PROVISIONING, ACTIVE, FAILED
}
