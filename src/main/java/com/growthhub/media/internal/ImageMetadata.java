package com.growthhub.media.internal;

import java.io.IOException;
import java.nio.file.Path;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;

/**
 * What an image's metadata says that processing needs: which way is up (EXIF orientation 1–8) and whether it
 * records where it was taken (a GPS directory, or GPS properties in XMP). Unreadable metadata reads as upright
 * without a location; the pixels decide whether the image itself is readable.
 */
record ImageMetadata(int orientation, boolean hasLocation) {

	static ImageMetadata read(Path image) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(image.toFile());
		}
		catch (ImageProcessingException | IOException | RuntimeException ex) {
			return new ImageMetadata(1, false);
		}
		int orientation = 1;
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
			try {
				orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
			catch (MetadataException ex) {
				orientation = 1;
			}
		}
		boolean location = metadata.getDirectoriesOfType(GpsDirectory.class).stream().anyMatch(d -> d.getTagCount() > 0);
		XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
		if (xmp != null && xmp.getXmpProperties().keySet().stream().anyMatch(key -> key.contains("GPS"))) {
			location = true;
		}
		return new ImageMetadata(orientation < 1 || orientation > 8 ? 1 : orientation, location);
	}
}
