package com.growthhub.integrations.internal.webhooks;

/** Where a delivery stands: waiting for its next attempt, accepted by the receiver (2xx), or given up. */
public enum DeliveryStatus {
	PENDING, DELIVERED, FAILED
}
