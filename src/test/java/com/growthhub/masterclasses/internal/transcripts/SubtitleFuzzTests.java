package com.growthhub.masterclasses.internal.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Bounded fuzzing of both parsers: random byte and line mutations of real-shaped files either parse into sane cues
 * or are refused with the parsers' own error, never anything else (a seeded run, so a failure repeats).
 */
class SubtitleFuzzTests {

	private static final String[] INSERTS = { "-->", "\n", "\r\n", "\r", "<v ", ">", "<", "&amp;", "00:", ":", ",", ".",
			"WEBVTT", "NOTE", "99999999999999999999", "\uFEFF", "\u0000", "{\\", " ", "\n\n" };

	@Test
	void mutatedFilesParseOrAreRefusedWithTheParsersError() {
		Random random = new Random(18_270);
		int refused = 0;
		for (int i = 0; i < 600; i++) {
			String sample = SubtitleParserTests.samples().get(i % 2);
			byte[] bytes = mutate(sample, random);
			try {
				Subtitles.Parsed parsed = Subtitles.parse(bytes, i % 3 == 0 ? "f.vtt" : "f.srt");
				assertThat(parsed.cues()).isNotEmpty().allSatisfy(cue -> {
					assertThat(cue.endMs()).isGreaterThanOrEqualTo(cue.startMs());
					assertThat(cue.text()).isNotBlank();
				});
			}
			catch (SubtitleParseException expected) {
				assertThat(expected.errors()).isNotEmpty();
				refused++;
			}
		}
		assertThat(refused).as("the mutations reach the error paths").isBetween(50, 590);
	}

	private static byte[] mutate(String sample, Random random) {
		StringBuilder text = new StringBuilder(sample);
		int edits = 1 + random.nextInt(6);
		for (int e = 0; e < edits && !text.isEmpty(); e++) {
			int at = random.nextInt(text.length());
			switch (random.nextInt(4)) {
				case 0 -> text.deleteCharAt(at);
				case 1 -> text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
				case 2 -> text.setCharAt(at, (char) random.nextInt(0x3000));
				default -> text.delete(at, Math.min(text.length(), at + random.nextInt(20)));
			}
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(10) == 0 && bytes.length > 0) {
			bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
		}
		return bytes;
	}
}
