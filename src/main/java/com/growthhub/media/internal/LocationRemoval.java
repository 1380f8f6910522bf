package com.growthhub.media.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.springframework.stereotype.Component;

import net.coobird.thumbnailator.Thumbnails;

/**
 * The original of an image as the library serves it: without where it was taken. A JPEG loses its GPS fields and
 * its XMP packet losslessly (the pixels and the other EXIF fields stay); any other image that records a location,
 * or a JPEG whose metadata cannot be rewritten, is re-encoded at full size as PNG, which carries no metadata.
 */
@Component
class LocationRemoval {

	/** A copy without location, or empty when the image records none. */
	Optional<Rendition> withoutLocation(Path source, String contentType, Path workDir)
			throws UnreadableMediaException, IOException {
		if (!ImageMetadata.read(source).hasLocation()) {
			return Optional.empty();
		}
		if (contentType.equals("image/jpeg")) {
			Path stripped = workDir.resolve("original.jpg");
			if (stripJpeg(source, stripped) && !ImageMetadata.read(stripped).hasLocation()) {
				return Optional.of(new Rendition(stripped, "image/jpeg", 0, 0));
			}
		}
		return Optional.of(reencode(source, workDir.resolve("original.png")));
	}

	private static boolean stripJpeg(Path source, Path target) throws IOException {
		Path withoutGps = target.resolveSibling("without-gps.jpg");
		try {
			TiffOutputSet exif = Imaging.getMetadata(source.toFile()) instanceof JpegImageMetadata jpeg
					&& jpeg.getExif() != null ? jpeg.getExif().getOutputSet() : null;
			if (exif == null) {
				Files.copy(source, withoutGps);
			}
			else {
				TiffOutputDirectory gps = exif.getGpsDirectory();
				if (gps != null) {
					for (TiffOutputField field : new ArrayList<>(gps.getFields())) {
						gps.removeField(field.tag);
					}
				}
				try (OutputStream out = Files.newOutputStream(withoutGps)) {
					new ExifRewriter().updateExifMetadataLossless(source.toFile(), out, exif);
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				new JpegXmpRewriter().removeXmpXml(withoutGps.toFile(), out);
			}
			return true;
		}
		catch (ImagingException | RuntimeException ex) {
			return false;
		}
		finally {
			Files.deleteIfExists(withoutGps);
		}
	}

	/** Thumbnailator turns a JPEG upright by its EXIF orientation, which the PNG could not carry. */
	private static Rendition reencode(Path source, Path target) throws UnreadableMediaException {
		try {
			BufferedImage image = Thumbnails.of(source.toFile()).scale(1.0).asBufferedImage();
			if (!ImageIO.write(image, "png", target.toFile())) {
				throw new UnreadableMediaException("The image could not be written without its location.");
			}
			return new Rendition(target, "image/png", image.getWidth(), image.getHeight());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableMediaException("The image could not be read; the file may be damaged.", ex);
		}
	}
}
