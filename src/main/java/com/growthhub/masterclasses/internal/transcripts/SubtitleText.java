package com.growthhub.masterclasses.internal.transcripts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A subtitle file's bytes as lines: UTF-8 (WebVTT requires it) with or without a byte-order mark, or, for SRT files
 * saved by older Windows tools, Windows-1252 when the bytes are not UTF-8. Lines end in LF, CRLF or a lone CR.
 */
final class SubtitleText {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private SubtitleText() {
	}

	static List<String> lines(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw SubtitleParseException.of(0, "The file is larger than 5 MB.");
		}
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return List.of(text.split("\r\n|\r|\n", -1));
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, WINDOWS_1252);
		}
	}
}
