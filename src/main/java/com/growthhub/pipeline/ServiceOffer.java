package com.growthhub.pipeline;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service of the catalog as other modules see it: its list price in cents ({@code null} when it has none) in an
 * ISO currency; an archived service is no longer {@code active} but still names what was sold.
 */
public record ServiceOffer(UUID id, String code, String name, @Nullable Long priceCents, String currency,
		boolean active) {
}
