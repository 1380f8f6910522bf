package com.growthhub.integrations.internal.connectors;

import org.jspecify.annotations.Nullable;

/** What became of one deletion at the provider: done (a record already gone counts as done), or why it was refused. */
public record DeleteResult(String externalId, @Nullable String error) {

	public static DeleteResult done(String externalId) {
		return new DeleteResult(externalId, null);
	}

	public boolean succeeded() {
		return error == null;
	}
}
