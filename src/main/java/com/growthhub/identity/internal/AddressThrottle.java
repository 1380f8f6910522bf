package com.growthhub.identity.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.security.TooManyRequestsException;

/** Per-address limits on the public identity endpoints: 429 with Retry-After past the limit. */
@Component
class AddressThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Throttle throttle;
	private final IdentitySettings settings;

	AddressThrottle(Throttle throttle, IdentitySettings settings) {
		this.throttle = throttle;
		this.settings = settings;
	}

	void count(String action, String ipAddress) {
		throttle.hit(action + ":ip:" + ipAddress, settings.ipLimit(), WINDOW).ifPresent(wait -> {
			throw new TooManyRequestsException(wait);
		});
	}
}
