package com.growthhub.scheduling.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.security.TooManyRequestsException;

/**
 * Counts the public booking API's calls in PostgreSQL (so the limits hold across nodes) before any work is done, an
 * unknown slug included, so guessing pages is limited too: 429 problem+json with Retry-After past a limit.
 */
@Component
public class PublicBookingThrottle {

	private final Throttle throttle;

	private volatile PublicBookingLimits limits;

	PublicBookingThrottle(Throttle throttle, PublicBookingLimits limits) {
		this.throttle = throttle;
		this.limits = limits;
	}

	public void booking(String slug, String address) {
		count("booking", slug, address, limits.bookingsPerAddress(), limits.bookingsPerPage(), limits.bookingWindow());
	}

	public void slotLookup(String slug, String address) {
		count("slots", slug, address, limits.slotLookupsPerAddress(), limits.slotLookupsPerPage(), limits.slotWindow());
	}

	/** For tests of the per-page limit, which one test client's single address cannot reach otherwise. */
	void limits(PublicBookingLimits limits) {
		this.limits = limits;
	}

	PublicBookingLimits limits() {
		return limits;
	}

	private void count(String action, String slug, String address, int perAddress, int perPage, Duration window) {
		String page = "scheduling:" + action + ":" + slug;
		throttle.hit(page + ":ip:" + address, perAddress, window).ifPresent(PublicBookingThrottle::refuse);
		throttle.hit(page, perPage, window).ifPresent(PublicBookingThrottle::refuse);
	}

	private static void refuse(Duration wait) {
		throw new TooManyRequestsException(wait);
	}
}
