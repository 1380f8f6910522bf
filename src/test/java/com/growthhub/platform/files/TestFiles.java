package com.growthhub.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small real files for upload tests, made on the spot. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	public static byte[] jpeg(int width, int height) {
		return image("jpg", width, height);
	}

	/** A one-page PDF that readers open (header, catalog, page, trailer). */
	public static byte[] pdf() {
		String body = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	/** {@code size} bytes that start like a PDF, generated as they are read (never held in memory). */
	public static InputStream largePdf(long size) {
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		return new InputStream() {
			private long position;

			@Override
			public int read() {
				if (position >= size) {
					return -1;
				}
				long at = position++;
				return at < header.length ? header[(int) at] : (int) (at % 251);
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (position >= size) {
					return -1;
				}
				int n = (int) Math.min(length, size - position);
				for (int i = 0; i < n; i++) {
					buffer[offset + i] = (byte) read();
				}
				return n;
			}
		};
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
