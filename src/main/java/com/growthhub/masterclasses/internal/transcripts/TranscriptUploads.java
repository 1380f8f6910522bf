package com.growthhub.masterclasses.internal.transcripts;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** An uploaded subtitle file's bytes, refused past 5 MB before more than that is read into memory. */
public final class TranscriptUploads {

	private TranscriptUploads() {
	}

	public static byte[] bytes(MultipartFile file) throws IOException {
		if (file.getSize() > SubtitleText.MAX_BYTES) {
			throw SubtitleParseException.of(0, "The file is larger than 5 MB.");
		}
		try (InputStream in = file.getInputStream()) {
			return in.readNBytes(SubtitleText.MAX_BYTES + 1);
		}
	}
}
