package com.growthhub.masterclasses.internal.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A host's notification: an offer, a poll question, a link or a "book your call" button, sent now or at a media
 * time. The replay shows it at {@code mediaTimeSeconds}, or at the media time it was sent when it was pushed live.
 */
public record LiveNotification(UUID id, UUID masterclassId, String kind, String text, @Nullable String url,
		@Nullable Integer mediaTimeSeconds, @Nullable Instant sentAt, Instant createdAt) {
}
