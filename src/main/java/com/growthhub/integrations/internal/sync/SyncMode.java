package com.growthhub.integrations.internal.sync;

/** Everything once, or what changed at the provider since the last run. */
public enum SyncMode {
	IMPORT, INCREMENTAL
}
