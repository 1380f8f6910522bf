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

	/** The UTM values given, "source / medium / campaign", a dash for each one missing. */
	public String utmSummary() {
		return java.util.stream.Stream.of(utmSource, utmMedium, utmCampaign).map(value -> value == null ? "—" : value)
			.collect(java.util.stream.Collectors.joining(" / "));
	}
}
