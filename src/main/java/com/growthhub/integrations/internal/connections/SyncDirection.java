package com.growthhub.integrations.internal.connections;

/** Whether a connection only imports from the provider, or also pushes local changes there. */
public enum SyncDirection {
	IMPORT, BOTH
}
