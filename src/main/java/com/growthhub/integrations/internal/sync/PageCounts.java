package com.growthhub.integrations.internal.sync;

/** What one page did, added to its run's totals with the checkpoint. */
record PageCounts(int read, int created, int updated, int skipped, int failed, int conflicts, int pushed) {

	static PageCounts pushed(int pushed, int failed, int skipped) {
		return new PageCounts(0, 0, 0, skipped, failed, 0, pushed);
	}
}
