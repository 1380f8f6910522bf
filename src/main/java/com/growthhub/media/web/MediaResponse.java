package com.growthhub.media.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.media.internal.AccessLevel;
import com.growthhub.media.internal.ItemLinks;
import com.growthhub.media.internal.MediaItem;
import com.growthhub.media.internal.MediaStatus;
import com.growthhub.media.internal.MediaType;
import com.growthhub.media.internal.MediaUsage;

/**
 * A media item in the API. {@code content} has the URL of each size there is ({@code original} always; {@code web}
 * and {@code thumb} once processing made them); {@code usage} ("where used") is answered for one item only.
 */
record MediaResponse(UUID id, String name, MediaType type, String contentType, long sizeBytes, MediaStatus status,
		@Nullable String failureReason, @Nullable Integer width, @Nullable Integer height, @Nullable Long durationMs,
		AccessLevel accessLevel, List<String> tags, UUID ownerId, List<UUID> eventIds, List<UUID> contactIds,
		Content content, MediaUsage.@Nullable Usage usage, Instant createdAt, Instant updatedAt) {

	record Content(String original, @Nullable String web, @Nullable String thumb) {
	}

	static MediaResponse of(MediaItem item, ItemLinks links, MediaUsage.@Nullable Usage usage) {
		String base = "/api/v1/media/" + item.id() + "/content?size=";
		return new MediaResponse(item.id(), item.name(), item.type(), item.contentType(), item.sizeBytes(), item.status(),
				item.failureReason(), item.width(), item.height(), item.durationMs(), item.accessLevel(), item.tags(),
				item.ownerId(), links.eventIds(), links.contactIds(),
				new Content(base + "original", item.hasWeb() ? base + "web" : null, item.hasThumb() ? base + "thumb" : null),
				usage, item.createdAt(), item.updatedAt());
	}

	record Page(List<MediaResponse> items, @Nullable String nextCursor) {
	}

	record Items(List<MediaResponse> items) {
	}
}
