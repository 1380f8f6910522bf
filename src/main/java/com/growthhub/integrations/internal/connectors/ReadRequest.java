package com.growthhub.integrations.internal.connectors;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page to read: from {@code cursor} (null for the first page), records modified after {@code since} (null for
 * everything), with the remote fields the mapping needs.
 */
public record ReadRequest(@Nullable String cursor, @Nullable Instant since, List<String> fields, int pageSize) {
}
