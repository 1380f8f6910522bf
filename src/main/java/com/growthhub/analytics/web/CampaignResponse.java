package com.growthhub.analytics.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.analytics.internal.CampaignManagement;
import com.growthhub.analytics.internal.CampaignView;

/** A campaign with its spend month by month (the list leaves the spend out). */
record CampaignResponse(UUID id, String name, CampaignPlatform platform, CampaignStatus status,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String currency, @Nullable String utmSource,
		@Nullable String utmMedium, @Nullable String utmCampaign, @Nullable List<Spend> spend, Instant createdAt,
		Instant updatedAt) {

	record Spend(String month, long amountCents) {
	}

	record Page(List<CampaignResponse> items, @Nullable String nextCursor) {
	}

	static CampaignResponse of(CampaignView view, @Nullable List<Spend> spend) {
		return new CampaignResponse(view.id(), view.name(), view.platform(), view.status(), view.startsOn(),
				view.endsOn(), view.currency(), view.utmSource(), view.utmMedium(), view.utmCampaign(), spend,
				view.createdAt(), view.updatedAt());
	}

	static CampaignResponse of(CampaignManagement.Detail detail) {
		return of(detail.campaign(), detail.spend().stream()
			.map(spend -> new Spend(spend.month().toString(), spend.amountCents())).toList());
	}

	static Page of(CampaignManagement.Page page) {
		return new Page(page.items().stream().map(view -> of(view, null)).toList(), page.nextCursor());
	}
}
