package com.growthhub.media.internal;

import com.growthhub.shared.OrganizationId;

/** The live-update topic of an organization's library: {@code status} events carry an item's id and new status. */
public final class MediaTopics {

	private MediaTopics() {
	}

	public static String of(OrganizationId organization) {
		return "media:" + organization.value();
	}

	static String status(java.util.UUID id, MediaStatus status) {
		return "{\"id\":\"" + id + "\",\"status\":\"" + status.key() + "\"}";
	}
}
