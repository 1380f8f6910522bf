package com.growthhub.media.internal;

import org.jspecify.annotations.Nullable;

/**
 * What processing made of an upload: its web-sized version and thumbnail (an image's, or a video's poster frame),
 * an original without location to serve instead of the upload, and what it measured. Any of them may be absent: a
 * document has none, a video without ffmpeg has no poster.
 */
record Processed(@Nullable Rendition web, @Nullable Rendition thumb, @Nullable Rendition original,
		@Nullable Integer width, @Nullable Integer height, @Nullable Long durationMs) {

	static final Processed NOTHING = new Processed(null, null, null, null, null, null);
}
