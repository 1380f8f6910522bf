package com.growthhub.integrations.internal.sync;

public enum RunStatus {
	QUEUED, RUNNING, SUCCEEDED, FAILED;

	public boolean live() {
		return this == QUEUED || this == RUNNING;
	}
}
