package com.growthhub.integrations.internal.connectors;

/** The provider answered 401: the access token expired or was revoked. The engine refreshes once and retries. */
public class ProviderUnauthorizedException extends ProviderFailureException {

	public ProviderUnauthorizedException(String message) {
		super(message);
	}
}
