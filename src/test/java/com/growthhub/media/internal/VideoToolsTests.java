package com.growthhub.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Duration, size and poster frame of a video, through Debian's ffmpeg when it is installed. */
class VideoToolsTests {

	private static final MediaSettings SETTINGS = new MediaSettings(DataSize.ofMegabytes(10), 200, 50, 1_000_000,
			"ffmpeg", "ffprobe", Duration.ofSeconds(30));

	@TempDir
	Path work;

	@Test
	void readsTheLengthAndTakesAPosterFrame() throws Exception {
		VideoTools tools = new VideoTools(SETTINGS);
		assumeTrue(tools.installed(), "ffmpeg is not installed");
		Path video = work.resolve("clip.mp4");
		assertThat(ExternalProgram.run(List.of("ffmpeg", "-v", "error", "-f", "lavfi", "-i",
				"testsrc=size=320x240:rate=10", "-t", "2", "-pix_fmt", "yuv420p", video.toString()), Duration.ofSeconds(60))
			.succeeded()).isTrue();

		VideoTools.Probe probe = tools.probe(video).orElseThrow();
		assertThat(probe.durationMs()).isBetween(1900L, 2100L);
		assertThat(probe.width()).isEqualTo(320);
		assertThat(probe.height()).isEqualTo(240);
		assertThat(probe.hasVideo()).isTrue();

		Path poster = tools.poster(video, 1000, work.resolve("poster.jpg")).orElseThrow();
		assertThat(Files.size(poster)).isPositive();
	}

	@Test
	void withoutFfmpegThereIsNeitherProbeNorPoster() throws Exception {
		VideoTools missing = new VideoTools(new MediaSettings(DataSize.ofMegabytes(10), 200, 50, 1_000_000,
				"/nonexistent/ffmpeg", "/nonexistent/ffprobe", Duration.ofSeconds(5)));
		Path file = Files.write(work.resolve("clip.mp4"), new byte[] { 1, 2, 3 });
		assertThat(missing.installed()).isFalse();
		assertThat(missing.probe(file)).isEmpty();
		assertThat(missing.poster(file, 0, work.resolve("p.jpg"))).isEmpty();
	}
}
