package com.growthhub.analytics;

import java.util.Locale;

/** Where a campaign stands: drafted, running, paused or over. */
public enum CampaignStatus {
	DRAFT, ACTIVE, PAUSED, ENDED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
