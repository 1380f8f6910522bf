package com.growthhub.masterclasses.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A masterclass as staff and the API see it. {@code seatsTaken} counts registrations holding a seat; {@code seatsLeft}
 * is null for unlimited capacity.
 */
public record MasterclassView(UUID id, String slug, String title, String description, List<AgendaItem> agenda,
		List<Question> questions, @Nullable UUID hostUserId, Instant startsAt, Instant endsAt, String timeZone,
		long priceCents, String currency, @Nullable Integer capacity, MasterclassStatus status,
		@Nullable UUID coverFileId, StreamKind streamKind, @Nullable String streamUrl, @Nullable UUID bookingPageId,
		int attendanceThresholdMinutes, @Nullable Instant liveStartedAt,
		@Nullable Instant liveEndedAt, int seatsTaken, @Nullable Integer seatsLeft, Instant createdAt, Instant updatedAt,
		long version) {

	/** One point of the agenda, {@code minute} minutes after the start. */
	public record AgendaItem(int minute, String title) {
	}

	/** An optional question of the registration form; answers are kept by {@code key}. */
	public record Question(String key, String label, boolean required) {
	}

	/** Where the stream plays from: an HLS playlist, a YouTube or Vimeo video, or any provider's embeddable URL. */
	public enum StreamKind {
		HLS, YOUTUBE, VIMEO, URL
	}

	/**
	 * The cover image's public address (served to anyone once the class is published): it names the file, so it changes
	 * with the cover and can be cached for good; null without a cover.
	 */
	@JsonProperty("coverUrl")
	public @Nullable String coverUrl() {
		return coverFileId == null ? null : "/mc/" + slug + "/cover/" + coverFileId;
	}

	public boolean free() {
		return priceCents == 0;
	}

	public boolean soldOut() {
		return seatsLeft != null && seatsLeft <= 0;
	}
}
