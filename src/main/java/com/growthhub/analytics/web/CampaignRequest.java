package com.growthhub.analytics.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.analytics.internal.CampaignDraft;

/** A campaign as a program sends it (POST, or the fields a PATCH changes). */
record CampaignRequest(@Nullable String name, @Nullable CampaignPlatform platform, @Nullable CampaignStatus status,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String currency, @Nullable String utmSource,
		@Nullable String utmMedium, @Nullable String utmCampaign) {

	CampaignDraft toDraft() {
		return new CampaignDraft(name, platform, status, startsOn, endsOn, currency, utmSource, utmMedium, utmCampaign);
	}

	static CampaignRequest of(CampaignDraft draft) {
		return new CampaignRequest(draft.name(), draft.platform(), draft.status(), draft.startsOn(), draft.endsOn(),
				draft.currency(), draft.utmSource(), draft.utmMedium(), draft.utmCampaign());
	}
}
