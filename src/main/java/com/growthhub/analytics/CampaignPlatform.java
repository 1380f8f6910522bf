package com.growthhub.analytics;

import java.util.Locale;

/** Where a campaign runs. */
public enum CampaignPlatform {
	FACEBOOK, GOOGLE, TIKTOK, INSTAGRAM, EMAIL, REFERRAL, EVENT, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
