package com.growthhub.calls;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * A person (in the browser or through the API) changed a provider call's star rating here; the provider should be
 * told, then {@link CallLog#ratingPushed} called. Never published for a rating that came from the provider, so neither
 * side echoes the other's change back.
 *
 * @param provider the provider key the call came from, e.g. {@code ctm}
 * @param rating 1–5, or null when the rating was cleared
 */
@DomainEvent
public record CallRated(OrganizationId organizationId, CallId callId, String provider, String externalId,
		@Nullable Integer rating, Instant ratedAt) {
}
