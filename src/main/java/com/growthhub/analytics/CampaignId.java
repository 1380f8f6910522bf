package com.growthhub.analytics;

import java.util.Objects;
import java.util.UUID;

/** A marketing campaign's id. */
public record CampaignId(UUID value) {

	public CampaignId {
		Objects.requireNonNull(value, "value");
	}

	public static CampaignId of(UUID value) {
		return new CampaignId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
