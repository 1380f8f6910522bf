package com.growthhub.integrations.internal.connectors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Records read from a provider and the cursor of the next page (null after the last). */
public record RecordPage(List<ExternalRecord> records, @Nullable String nextCursor) {
}
