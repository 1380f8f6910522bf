package com.growthhub.analytics.internal.commissions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A provider as lists, pages and the API show it. */
public record ProviderView(UUID id, String name, ProviderRole role, @Nullable UUID memberUserId, boolean active,
		Instant createdAt, long version) implements NewestFirst.Row {
}
