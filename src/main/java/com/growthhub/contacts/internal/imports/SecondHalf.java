package com.growthhub.contacts.internal.imports;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A large import's second session at work ({@link ImportSecondWriter}): joined by the import, or abandoned. */
final class SecondHalf {

	private final UUID importId;
	private final PreparedHalves halves;
	private final CompletableFuture<Written> written;

	SecondHalf(UUID importId, PreparedHalves halves, CompletableFuture<Written> written) {
		this.importId = importId;
		this.halves = halves;
		this.written = written;
	}

	/** What the second session wrote. */
	record Written(long created, long listed) {
	}

	/** Waits until the second session has prepared its half. */
	Written join() {
		try {
			return written.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the second session was inserting", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("The import's second session failed", ex.getCause());
		}
	}

	/** The import failed before joining: let the second session finish, then roll its half back. */
	void abandon() {
		try {
			written.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// it rolled back itself
		}
		halves.resolve(importId, false);
	}
}
