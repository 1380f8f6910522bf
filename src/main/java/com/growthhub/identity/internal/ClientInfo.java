package com.growthhub.identity.internal;

import org.jspecify.annotations.Nullable;

/** Where a sign-in comes from. */
public record ClientInfo(String ipAddress, @Nullable String userAgent, @Nullable String deviceToken) {

	public ClientInfo {
		if (userAgent != null && userAgent.length() > 300) {
			userAgent = userAgent.substring(0, 300);
		}
	}
}
