package com.growthhub.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.growthhub.media.TestImages;

/** Renditions of a phone photo: upright, shrunk, and without the place it was taken. */
class ImageProcessingTests {

	private static final MediaSettings SETTINGS = new MediaSettings(DataSize.ofMegabytes(10), 200, 50, 1_000_000,
			"ffmpeg", "ffprobe", Duration.ofSeconds(30));

	@TempDir
	Path work;

	@Test
	void turnsAPhonePhotoUprightAndDropsItsLocation() throws Exception {
		Path photo = write("photo.jpg", TestImages.phoneJpeg(400, 200, 6, 2.2945, 48.8584));
		assertThat(ImageMetadata.read(photo)).isEqualTo(new ImageMetadata(6, true));

		ImageRenditions.Result result = new ImageRenditions(SETTINGS).render(photo, work);

		assertThat(result.width()).as("upright width").isEqualTo(200);
		assertThat(result.height()).as("upright height").isEqualTo(400);
		BufferedImage thumb = ImageIO.read(result.thumb().file().toFile());
		assertThat(thumb.getWidth()).isEqualTo(25);
		assertThat(thumb.getHeight()).isEqualTo(50);
		// The sensor's left half (red) is at the top once turned 90° clockwise.
		assertThat(new java.awt.Color(thumb.getRGB(12, 5)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(thumb.getRGB(12, 45)).getBlue()).isGreaterThan(200);
		BufferedImage web = ImageIO.read(result.web().file().toFile());
		assertThat(web.getHeight()).isEqualTo(200);
		assertThat(ImageMetadata.read(result.thumb().file()).hasLocation()).isFalse();
		assertThat(ImageMetadata.read(result.web().file()).hasLocation()).isFalse();

		Rendition original = new LocationRemoval().withoutLocation(photo, "image/jpeg", work).orElseThrow();
		assertThat(original.contentType()).isEqualTo("image/jpeg");
		assertThat(ImageMetadata.read(original.file())).as("still turns the same way, no longer says where")
			.isEqualTo(new ImageMetadata(6, false));
	}

	@Test
	void keepsAnImageWithoutLocationAsItIsAndNeverEnlarges() throws Exception {
		Path small = write("small.jpg", TestImages.jpeg(120, 80));
		assertThat(new LocationRemoval().withoutLocation(small, "image/jpeg", work)).isEmpty();
		ImageRenditions.Result result = new ImageRenditions(SETTINGS).render(small, work);
		assertThat(result.web().width()).isEqualTo(120);
		assertThat(result.thumb().width()).isEqualTo(50);
	}

	@Test
	void refusesWhatIsNotAnImageAndImagesBeyondThePixelLimit() throws Exception {
		Path text = write("fake.jpg", "not an image at all".getBytes());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImageRenditions(SETTINGS).render(text, work))
			.isInstanceOf(UnreadableMediaException.class);
		Path huge = write("huge.jpg", TestImages.jpeg(1200, 1000));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImageRenditions(SETTINGS).render(huge, work))
			.isInstanceOf(UnreadableMediaException.class).hasMessageContaining("megapixels");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(work.resolve(name), bytes);
	}
}
