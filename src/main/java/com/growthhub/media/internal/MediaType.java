package com.growthhub.media.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an item is, decided from the content type the file store read from its bytes (never from its name). The
 * types listed here are all the library accepts.
 */
public enum MediaType {

	IMAGE, VIDEO, AUDIO, DOCUMENT;

	static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff",
			"image/bmp");

	static final Set<String> VIDEOS = Set.of("video/mp4", "video/quicktime", "video/webm", "video/x-matroska",
			"video/x-msvideo", "video/mpeg", "video/3gpp", "video/x-m4v");

	static final Set<String> AUDIO_TYPES = Set.of("audio/mpeg", "audio/mp4", "audio/x-wav", "audio/vnd.wave",
			"audio/wav", "audio/ogg", "audio/opus", "audio/vorbis", "audio/x-flac", "audio/flac", "audio/aac",
			"audio/x-aac", "audio/webm", "audio/x-m4a", "application/ogg");

	static final Set<String> DOCUMENTS = Set.of("application/pdf", "text/plain", "text/csv", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/rtf", "application/x-tika-ooxml",
			"application/x-tika-msoffice", "application/zip");

	/** Every content type an upload may have, for the file store's upload policy. */
	static List<String> accepted() {
		return java.util.stream.Stream.of(IMAGES, VIDEOS, AUDIO_TYPES, DOCUMENTS).flatMap(Set::stream).sorted().toList();
	}

	/** The type of a content type the library accepts; anything else is a document. */
	static MediaType of(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		int parameters = type.indexOf(';');
		String bare = parameters < 0 ? type.strip() : type.substring(0, parameters).strip();
		if (IMAGES.contains(bare)) {
			return IMAGE;
		}
		if (VIDEOS.contains(bare)) {
			return VIDEO;
		}
		if (AUDIO_TYPES.contains(bare)) {
			return AUDIO;
		}
		return DOCUMENT;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
