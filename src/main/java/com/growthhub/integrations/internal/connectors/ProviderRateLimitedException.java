package com.growthhub.integrations.internal.connectors;

import java.time.Duration;

/**
 * The provider asked to slow down (429 with {@code Retry-After}, Salesforce's {@code 403 REQUEST_LIMIT_EXCEEDED}, a
 * daily allowance used up): retry after {@link #retryAfter()}.
 */
public class ProviderRateLimitedException extends ProviderFailureException {

	private final Duration retryAfter;

	public ProviderRateLimitedException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
