package com.growthhub.integrations.internal.providerhttp;

import java.time.Duration;

/**
 * A limit a provider documents: {@code requests} per {@code period}, counted per account (connection) under
 * {@code name}. Calls spend one token of each limit they fall under and wait for one when none is left.
 */
public record RateLimit(String name, int requests, Duration period) {

	public static RateLimit of(String name, int requests, Duration period) {
		return new RateLimit(name, requests, period);
	}
}
