package com.growthhub.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every pair of statuses: processing ends ready or failed, and only a failed item is processed again. */
class MediaStatusTests {

	@Test
	void allowsExactlyTheDocumentedMoves() {
		Set<String> allowed = Set.of("PROCESSING>READY", "PROCESSING>FAILED", "FAILED>PROCESSING");
		for (MediaStatus from : MediaStatus.values()) {
			for (MediaStatus to : MediaStatus.values()) {
				assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(allowed.contains(from + ">" + to));
			}
		}
		assertThat(MediaStatus.READY.next()).isEqualTo(EnumSet.noneOf(MediaStatus.class));
	}

	@Test
	void tellsTheTypeFromTheContentType() {
		assertThat(MediaType.of("image/jpeg")).isEqualTo(MediaType.IMAGE);
		assertThat(MediaType.of("video/quicktime")).isEqualTo(MediaType.VIDEO);
		assertThat(MediaType.of("audio/mpeg; charset=x")).isEqualTo(MediaType.AUDIO);
		assertThat(MediaType.of("application/pdf")).isEqualTo(MediaType.DOCUMENT);
		assertThat(MediaType.accepted()).contains("image/png", "video/mp4", "audio/mpeg", "application/pdf")
			.doesNotContain("application/x-executable", "text/html");
	}
}
