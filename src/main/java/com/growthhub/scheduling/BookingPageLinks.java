package com.growthhub.scheduling;

import java.util.Optional;

import com.growthhub.shared.OrganizationId;

/**
 * Where a visitor books on one of the organization's booking pages, for other modules that offer a call (the
 * masterclass room's "book your call"). The page takes {@code name} and {@code email} query parameters to fill in.
 */
public interface BookingPageLinks {

	/** {@code /book/{slug}} of the page when it exists and is active. */
	Optional<String> path(OrganizationId organization, BookingPageId page);
}
