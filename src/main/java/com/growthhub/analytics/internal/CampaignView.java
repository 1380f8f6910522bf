package com.growthhub.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;

/** A campaign as pages and the API show it. */
public record CampaignView(UUID id, String name, CampaignPlatform platform, CampaignStatus status,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String currency, @Nullable String utmSource,
		@Nullable String utmMedium, @Nullable String utmCampaign, Instant createdAt, Instant updatedAt) {
}
