package com.growthhub.media.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A media item as the library shows it. The file ids stay inside the module: content is served through the item,
 * which checks who may see it. {@code width}/{@code height} are upright; {@code durationMs} is a video's or
 * recording's length when ffprobe could read it.
 */
public record MediaItem(UUID id, UUID ownerId, String name, MediaType type, String contentType, long sizeBytes,
		MediaStatus status, @Nullable String failureReason, @Nullable Integer width, @Nullable Integer height,
		@Nullable Long durationMs, AccessLevel accessLevel, List<String> tags, UUID originalFileId,
		@Nullable UUID webFileId, @Nullable UUID thumbFileId, Instant createdAt, Instant updatedAt) {

	public boolean hasThumb() {
		return thumbFileId != null;
	}

	public boolean hasWeb() {
		return webFileId != null;
	}

	public boolean processing() {
		return status == MediaStatus.PROCESSING;
	}

	/** The file served for a size: the web version and thumbnail when made, the location-free original always. */
	public @Nullable UUID fileFor(Size size) {
		return switch (size) {
			case ORIGINAL -> originalFileId;
			case WEB -> webFileId;
			case THUMB -> thumbFileId;
		};
	}

	/** "2.4 MB", for pages. */
	public String sizeLabel() {
		if (sizeBytes < 1024) {
			return sizeBytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = sizeBytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(java.util.Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
	}

	/** "1:05" or "1:02:03", for pages; empty when the length is not known. */
	public String durationLabel() {
		if (durationMs == null) {
			return "";
		}
		long seconds = Math.round(durationMs / 1000.0);
		return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}

	/** The sizes {@code GET /media/{id}/content?size=} serves. */
	public enum Size {
		ORIGINAL, WEB, THUMB
	}
}
