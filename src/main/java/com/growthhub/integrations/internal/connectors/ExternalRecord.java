package com.growthhub.integrations.internal.connectors;

import java.time.Instant;
import java.util.Map;

/**
 * A contact as the provider has it: its id there, when it last changed there, its fields by remote name (values as
 * text, absent when empty) and whether the provider deleted or archived it.
 */
public record ExternalRecord(String externalId, Instant modifiedAt, Map<String, String> fields, boolean deleted) {
}
