package com.growthhub.expenses.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Component;

import net.coobird.thumbnailator.Thumbnails;

/**
 * A small JPEG of a receipt photo for lists and the expense page: at most 320 px on its longer side, turned the way the
 * camera's EXIF orientation says, and without the photo's metadata (Thumbnailator writes none).
 */
@Component
class ReceiptThumbnails {

	static final int SIZE = 320;

	byte[] of(InputStream image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Thumbnails.of(image).size(SIZE, SIZE).imageType(java.awt.image.BufferedImage.TYPE_INT_RGB).outputFormat("jpg").outputQuality(0.8).toOutputStream(out);
			return out.toByteArray();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new UnreadableImageException(ex.getMessage());
		}
	}

	static final class UnreadableImageException extends RuntimeException {
		UnreadableImageException(String message) {
			super(message);
		}
	}
}
