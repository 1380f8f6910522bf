package com.growthhub.scheduling.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.scheduling.public-booking.*}: how often anybody may call a public booking page's API. Per address
 * and page stops one visitor (or script) from filling a rep's calendar or scraping it; per page, whatever the address,
 * caps a spread-out attack on one page without touching the others. A visitor looking through weeks of slots makes a
 * few lookups a minute and books once.
 */
@ConfigurationProperties("growthhub.scheduling.public-booking")
public record PublicBookingLimits(@DefaultValue("10") int bookingsPerAddress, @DefaultValue("100") int bookingsPerPage,
		@DefaultValue("10m") Duration bookingWindow, @DefaultValue("60") int slotLookupsPerAddress,
		@DefaultValue("600") int slotLookupsPerPage, @DefaultValue("1m") Duration slotWindow) {
}
