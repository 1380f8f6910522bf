package com.growthhub.platform.database;

import java.nio.file.Path;

/** A second GrowthHub process was pointed at a data directory that a running one already owns. */
public final class DataDirectoryInUseException extends IllegalStateException {

	DataDirectoryInUseException(Path dataDir, String ownerPid) {
		super("The data directory " + dataDir + " is in use by another GrowthHub process"
				+ (ownerPid.isBlank() ? "" : " (pid " + ownerPid + ")")
				+ ". Stop that process first, or start this one with another GROWTHHUB_DATA_DIR.");
	}
}
