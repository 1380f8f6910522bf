package com.growthhub.platform.files;

/** How many bytes an organization's files take, and how many it may store (its quota). */
public record StorageUsage(long usedBytes, long quotaBytes) {

	public long remainingBytes() {
		return Math.max(0, quotaBytes - usedBytes);
	}

	/** Used share of the quota, 0 to 100 (rounded down; a full or overfull quota is 100). */
	public int percentUsed() {
		return quotaBytes <= 0 ? 100 : (int) Math.min(100, usedBytes * 100 / quotaBytes);
	}
}
