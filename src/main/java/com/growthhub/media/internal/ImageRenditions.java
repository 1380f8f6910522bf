package com.growthhub.media.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Makes the web-sized version and the thumbnail of an image, upright (the EXIF orientation applied) and without
 * any metadata: Thumbnailator writes none, so no location survives. The image is decoded once, at the smallest
 * whole-number subsampling that still leaves the web size, and the thumbnail is made from the web version.
 */
@Component
class ImageRenditions {

	/** Decoded images are large (a 12-megapixel photo is 36 MB); at most one per core at a time. */
	private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	private final MediaSettings settings;

	ImageRenditions(MediaSettings settings) {
		this.settings = settings;
		// ImageIO registers the plugins it finds at its first use; in a packaged app that may be before the class loader
		// that sees TwelveMonkeys' readers (WebP, CMYK JPEG, TIFF) is the context one.
		ImageIO.scanForPlugins();
	}

	/** Both renditions and the upright size of the original. */
	record Result(Rendition web, Rendition thumb, int width, int height) {
	}

	Result render(Path source, Path workDir) throws UnreadableMediaException, IOException {
		Orientation orientation = Orientation.typeOf(ImageMetadata.read(source).orientation());
		Decoded decoded;
		try {
			decoding.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting to decode", ex);
		}
		try {
			decoded = decode(source);
			return render(decoded, orientation == null ? Orientation.TOP_LEFT : orientation, workDir);
		}
		finally {
			decoding.release();
		}
	}

	/** Renditions of an image already in memory (a video's poster frame), which is upright already. */
	Result render(BufferedImage image, Path workDir) throws IOException {
		return render(new Decoded(image, image.getWidth(), image.getHeight()), Orientation.TOP_LEFT, workDir);
	}

	private record Decoded(BufferedImage image, int width, int height) {
	}

	private Result render(Decoded decoded, Orientation orientation, Path workDir) throws IOException {
		boolean turned = switch (orientation) {
			case LEFT_TOP, RIGHT_TOP, RIGHT_BOTTOM, LEFT_BOTTOM -> true;
			default -> false;
		};
		BufferedImage web = fit(decoded.image(), settings.webSize(), orientation);
		BufferedImage thumb = fit(web, settings.thumbSize(), Orientation.TOP_LEFT);
		String format = decoded.image().getColorModel().hasAlpha() ? "png" : "jpg";
		return new Result(write(web, format, workDir.resolve("web." + format)),
				write(thumb, format, workDir.resolve("thumb." + format)), turned ? decoded.height() : decoded.width(),
				turned ? decoded.width() : decoded.height());
	}

	private Decoded decode(Path source) throws UnreadableMediaException, IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new UnreadableMediaException("This image format cannot be read.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > settings.maxPixels()) {
					throw new UnreadableMediaException("The image has " + ((long) width * height / 1_000_000)
							+ " megapixels, more than the " + settings.maxPixels() / 1_000_000 + " this library reads.");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / settings.webSize());
				param.setSourceSubsampling(step, step, 0, 0);
				return new Decoded(reader.read(0, param), width, height);
			}
			catch (IOException | RuntimeException ex) {
				throw new UnreadableMediaException("The image could not be read; the file may be damaged.", ex);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** Shrinks to fit a square of {@code box} pixels (never enlarges) and turns upright. */
	private static BufferedImage fit(BufferedImage image, int box, Orientation orientation) throws IOException {
		Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image);
		builder = Math.max(image.getWidth(), image.getHeight()) <= box ? builder.scale(1.0) : builder.size(box, box);
		if (orientation != Orientation.TOP_LEFT) {
			builder = builder.addFilter(ExifFilterUtils.getFilterForOrientation(orientation));
		}
		return builder.asBufferedImage();
	}

	private static Rendition write(BufferedImage image, String format, Path target) throws IOException {
		Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).scale(1.0).outputFormat(format);
		if (format.equals("jpg")) {
			builder = builder.outputQuality(0.82f);
		}
		try (var out = Files.newOutputStream(target)) {
			builder.toOutputStream(out);
		}
		return new Rendition(target, format.equals("png") ? "image/png" : "image/jpeg", image.getWidth(),
				image.getHeight());
	}
}
