package com.growthhub.dataio.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an import job stands. The allowed moves live here and only here: pending → processing, or straight to
 * cancelled or failed; processing → completed, failed or cancelled, or processing again when the job system runs
 * the job once more after a crash (it starts over from the file). Completed, failed and cancelled are final;
 * undoing a completed import is recorded beside its status ({@code undone_at}), not as one.
 */
public enum ImportStatus {

	PENDING, PROCESSING, COMPLETED, FAILED, CANCELLED;

	/** The statuses a job in this status may move to. */
	public Set<ImportStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(PROCESSING, CANCELLED, FAILED);
			case PROCESSING -> EnumSet.of(PROCESSING, COMPLETED, FAILED, CANCELLED);
			case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(ImportStatus.class);
		};
	}

	public boolean canMoveTo(ImportStatus to) {
		return next().contains(to);
	}

	/** Refuses a move {@link #next()} does not allow: a job never leaves a final status. */
	public ImportStatus checkMoveTo(ImportStatus to) {
		if (!canMoveTo(to)) {
			throw new ImportStateException("The import is " + dbValue() + " and cannot become " + to.dbValue() + ".");
		}
		return to;
	}

	/** Pending or processing: the job system still has work to do. */
	public boolean running() {
		return !next().isEmpty();
	}

	/** The value stored in {@code imports.status} and shown in the API. */
	@JsonValue
	public String dbValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ImportStatus of(String dbValue) {
		return valueOf(dbValue.toUpperCase(Locale.ROOT));
	}
}
