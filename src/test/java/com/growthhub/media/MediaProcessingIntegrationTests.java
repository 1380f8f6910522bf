package com.growthhub.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Uploads through the background job: a phone photo comes out upright with its location gone from every file served,
 * a damaged image fails with a reason and can be tried again, a video gets its poster and length, and a ready item is
 * shared by a link that works without signing in.
 */
class MediaProcessingIntegrationTests extends IdentityTestSupport {

	private String token;
	private MediaApi media;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("processing");
		registerVerified(owner);
		token = accessToken(owner);
		media = new MediaApi(port);
	}

	@Test
	void aPhonePhotoBecomesReadyUprightAndWithoutItsLocation() throws Exception {
		String id = media.uploaded(token, "eiffel.jpg", TestImages.phoneJpeg(400, 200, 6, 2.2945, 48.8584));
		JsonNode item = media.processed(token, id);

		assertThat(item.path("status").asString()).isEqualTo("ready");
		assertThat(item.path("width").asInt()).as("upright").isEqualTo(200);
		assertThat(item.path("height").asInt()).isEqualTo(400);
		BufferedImage thumb = image(content(id, "thumb"));
		assertThat(thumb.getHeight()).as("a portrait thumbnail").isGreaterThan(thumb.getWidth());
		assertThat(new java.awt.Color(thumb.getRGB(thumb.getWidth() / 2, 2)).getRed()).as("the sensor's left is on top")
			.isGreaterThan(200);
		for (String size : List.of("original", "web", "thumb")) {
			assertThat(metadata(content(id, size)).getDirectoriesOfType(GpsDirectory.class))
				.as("no location in the %s file", size).allMatch(gps -> gps.getTagCount() == 0);
		}
		ExifIFD0Directory original = metadata(content(id, "original")).getFirstDirectoryOfType(ExifIFD0Directory.class);
		assertThat(original.getInt(ExifIFD0Directory.TAG_ORIENTATION)).as("the original keeps its other EXIF").isEqualTo(6);

		MediaApi.Download part = media.download("/api/v1/media/" + id + "/content?size=original", token,
				Map.of("Range", "bytes=0-9"));
		assertThat(part.status()).isEqualTo(206);
		assertThat(part.body()).hasSize(10);
		assertThat(part.headers().getFirst("Content-Range")).startsWith("bytes 0-9/");
	}

	@Test
	void aDamagedImageFailsWithAReasonAndMayBeTriedAgain() {
		byte[] damaged = java.util.Arrays.copyOf(TestImages.jpeg(200, 100), 300);
		String id = media.uploaded(token, "broken.jpg", damaged);
		JsonNode item = media.processed(token, id);
		assertThat(item.path("status").asString()).isEqualTo("failed");
		assertThat(item.path("failureReason").asString()).contains("could not be read");
		assertThat(api().post("/api/v1/media/" + id + "/share", Map.of("expiresInHours", 1), token).status())
			.as("nothing to share").isEqualTo(409);

		ApiClient.Response retried = api().post("/api/v1/media/" + id + "/retry", null, token);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.text("status")).isEqualTo("processing");
		assertThat(media.processed(token, id).path("status").asString()).isEqualTo("failed");

		String fine = media.uploaded(token, "fine.jpg", TestImages.jpeg(20, 20));
		media.processed(token, fine);
		assertThat(api().post("/api/v1/media/" + fine + "/retry", null, token).status()).as("only a failed item").isEqualTo(409);
	}

	@Test
	void aVideoGetsAPosterAndItsLength(@TempDir Path work) throws Exception {
		assumeTrue(installed("ffmpeg"), "ffmpeg is not installed");
		Path clip = work.resolve("clip.mp4");
		Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10", "-t",
				"2", "-pix_fmt", "yuv420p", clip.toString()).redirectErrorStream(true).start();
		assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0).isTrue();

		String id = media.uploaded(token, "clip.mp4", Files.readAllBytes(clip));
		JsonNode item = media.processed(token, id);
		assertThat(item.path("status").asString()).isEqualTo("ready");
		assertThat(item.path("type").asString()).isEqualTo("video");
		assertThat(item.path("durationMs").asLong()).isBetween(1900L, 2100L);
		assertThat(item.path("width").asInt()).isEqualTo(320);
		assertThat(image(content(id, "thumb")).getWidth()).isPositive();
		assertThat(image(content(id, "web")).getWidth()).isEqualTo(320);
	}

	@Test
	void sharesAReadyItemByALinkAnybodyCanOpen() {
		String id = media.uploaded(token, "share.jpg", TestImages.phoneJpeg(80, 40, 1, 13.4, 52.5));
		media.processed(token, id);
		assertThat(api().post("/api/v1/media/" + id + "/share", Map.of("expiresInHours", 0), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/media/" + id + "/share", Map.of("expiresInHours", 169), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/media/" + id + "/share", Map.of(), token).status()).isEqualTo(400);

		ApiClient.Response shared = api().post("/api/v1/media/" + id + "/share", Map.of("expiresInHours", 2), token);
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.text("expiresAt")).isNotBlank();
		MediaApi.Download opened = media.download(shared.text("url"), null, Map.of());
		assertThat(opened.status()).isEqualTo(200);
		assertThat(metadata(opened.body()).getDirectoriesOfType(GpsDirectory.class)).allMatch(gps -> gps.getTagCount() == 0);
		assertThat(api().get("/api/v1/media/" + id, token).text("accessLevel")).isEqualTo("public");
	}

	private byte[] content(String id, String size) {
		MediaApi.Download download = media.download("/api/v1/media/" + id + "/content?size=" + size, token, Map.of());
		assertThat(download.status()).as(size).isEqualTo(200);
		return download.body();
	}

	private static BufferedImage image(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private static Metadata metadata(byte[] bytes) {
		try {
			return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean installed(String program) {
		try {
			return new ProcessBuilder(program, "-version").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}
}
