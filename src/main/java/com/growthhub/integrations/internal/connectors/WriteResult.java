package com.growthhub.integrations.internal.connectors;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What became of one outbound record: its id at the provider, or why the provider refused it. */
public record WriteResult(UUID contactId, @Nullable String externalId, @Nullable String error) {

	public boolean succeeded() {
		return error == null;
	}
}
