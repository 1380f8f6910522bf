package com.growthhub.integrations.internal.connectors;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A local contact to create ({@code externalId} null) or update at the provider, with remote field names. */
public record OutboundRecord(UUID contactId, @Nullable String externalId, Map<String, String> fields) {
}
