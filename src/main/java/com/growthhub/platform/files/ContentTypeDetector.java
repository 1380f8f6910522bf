package com.growthhub.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.springframework.stereotype.Component;

/**
 * Decides a file's type from its first bytes with Apache Tika's magic numbers. Tika is handed no name and no declared
 * type on purpose: a PDF called {@code photo.jpg} is a PDF.
 */
@Component
class ContentTypeDetector {

	/** Enough for every magic number Tika's own table knows (its longest offsets are well inside 64 KB). */
	static final int HEAD_BYTES = 64 * 1024;

	private final Detector detector = new DefaultDetector();

	/** The base type (no parameters) of content that starts with {@code head}; {@code application/octet-stream} if unknown. */
	String detect(byte[] head, int length) {
		try (TikaInputStream stream = TikaInputStream.get(java.util.Arrays.copyOf(head, length))) {
			return detector.detect(stream, new Metadata(), new ParseContext()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
