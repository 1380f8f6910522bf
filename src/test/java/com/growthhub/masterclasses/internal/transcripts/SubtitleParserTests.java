package com.growthhub.masterclasses.internal.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** WebVTT and SRT as real tools write them, and each refusal with its line number. */
class SubtitleParserTests {

	static final String VTT = """
			WEBVTT - Pricing masterclass
			Kind: captions
			Language: en

			NOTE recorded live on 3 December,
			edited by hand

			STYLE
			::cue { color: yellow }

			intro-1
			00:00.000 --> 00:04.250 align:start position:10%
			<v Ada Lovelace>Welcome, everyone &amp; thanks for joining!</v>

			00:00:04.250 --> 00:00:09.000
			<v.loud Grace>Today: <i>pricing</i> &lt;and&gt; packaging.

			00:00:09.500 --> 00:00:12.000
			Grace Hopper: Let's start with <c.yellow>tiers</c>.

			00:00:12.000 --> 01:02:03.004
			Note: this line has no speaker <00:00:13.000>at all
			""";

	@Test
	void readsWebVttWithHeaderNotesStylesIdsVoicesAndSettings() {
		Subtitles.Parsed parsed = Subtitles.parse(VTT.getBytes(StandardCharsets.UTF_8), "class.vtt");

		assertThat(parsed.format()).isEqualTo(SubtitleFormat.VTT);
		assertThat(parsed.cues()).containsExactly(
				new Cue(12, 0, 4250, "Ada Lovelace", "Welcome, everyone & thanks for joining!"),
				new Cue(15, 4250, 9000, "Grace", "Today: pricing <and> packaging."),
				new Cue(18, 9500, 12000, "Grace Hopper", "Let's start with tiers."),
				new Cue(21, 12000, 3_723_004, null, "Note: this line has no speaker at all"));
	}

	@Test
	void readsSrtWithBomCrlfCommasTagsAndMultiLineText() {
		String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:03,500\r\n<i>Hello</i> and welcome\r\nto the class\r\n\r\n"
				+ "2\r\n00:00:03,500 --> 00:00:06,000 X1:100 X2:600 Y1:50 Y2:80\r\nJOHN: {\\an8}Pricing comes first.\r\n\r\n"
				+ "3\r\n00:00:06,000 --> 00:00:08,000\r\n<font color=\"#ffff00\">- Questions?</font>\r\n\r\n"
				+ "and more after a stray blank line\r\n";

		Subtitles.Parsed parsed = Subtitles.parse(srt.getBytes(StandardCharsets.UTF_8), "class.srt");

		assertThat(parsed.format()).isEqualTo(SubtitleFormat.SRT);
		assertThat(parsed.cues()).containsExactly(new Cue(2, 1000, 3500, null, "Hello and welcome to the class"),
				new Cue(7, 3500, 6000, "JOHN", "Pricing comes first."),
				new Cue(11, 6000, 8000, null, "- Questions? and more after a stray blank line"));
	}

	@Test
	void readsWindows1252SrtAndLoneCarriageReturns() {
		byte[] bytes = "1\r00:00:01,000 --> 00:00:02,000\rCafé crème\r".getBytes(Charset.forName("windows-1252"));

		assertThat(Subtitles.parse(bytes, "old.srt").cues()).extracting(Cue::text).containsExactly("Café crème");
	}

	@Test
	void listsEveryErrorByLine() {
		String vtt = """
				WEBVTT

				00:00:01.000 --> 00:00:02.000
				fine

				00:00:03.000 --> 00:00:02.500
				ends before it starts

				00:00:04.000 --> 00:00:06.000
				first

				00:00:05.000 --> 00:00:07.000
				overlaps the one before

				00:00:08.000 --> 00:00:09.000
				<i></i>

				00:00:10.000 --> 00:00:1x.000
				bad time

				just text
				""";

		assertThatThrownBy(() -> Subtitles.parse(vtt.getBytes(StandardCharsets.UTF_8), "x.vtt"))
			.isInstanceOfSatisfying(SubtitleParseException.class, e -> {
				assertThat(e.errors()).extracting(SubtitleError::line).containsExactly(6, 12, 15, 18, 21);
				assertThat(e.errors().get(0).message()).contains("ends (00:00:02.500) before it starts");
				assertThat(e.errors().get(1).message()).contains("before the cue at line 9 ends", "overlap");
				assertThat(e.errors().get(2).message()).isEqualTo("The cue has no text.");
				assertThat(e.errors().get(3).message()).startsWith("Bad timestamp");
				assertThat(e.getMessage()).startsWith("Line 6: ").endsWith("(and 4 more)");
			});
	}

	@Test
	void refusesAVttWithoutSignatureAnEmptyFileAndAnSrtWithoutNumbers() {
		assertLines("00:00:01.000 --> 00:00:02.000\nhi\n", "a.vtt", 1);
		assertLines("", "a.srt", 0);
		assertLines("one\n00:00:01,000 --> 00:00:02,000\nhi\n", "a.srt", 1);
		assertLines("WEBVTT\n00:00:01.000 --> 00:00:02.000\nhi\n", "a.vtt", 2);
	}

	@Test
	void refusesMoreThanFiftyThousandCuesAndMoreThanFiveMegabytes() {
		StringBuilder many = new StringBuilder("WEBVTT\n");
		for (int i = 0; i <= CueCollector.MAX_CUES; i++) {
			many.append('\n').append(CueTimes.format(i * 10L)).append(" --> ").append(CueTimes.format(i * 10L + 10))
				.append("\nx\n");
		}
		assertThatThrownBy(() -> Subtitles.parse(many.toString().getBytes(StandardCharsets.UTF_8), "a.vtt"))
			.isInstanceOfSatisfying(SubtitleParseException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(error -> {
						assertThat(error.message()).contains("more than 50,000 cues");
						assertThat(error.line()).isEqualTo(3 + 3 * CueCollector.MAX_CUES);
					}));

		assertLines("x".repeat(SubtitleText.MAX_BYTES + 1), "big.srt", 0);
	}

	private static void assertLines(String text, String name, int... lines) {
		assertThatThrownBy(() -> Subtitles.parse(text.getBytes(StandardCharsets.UTF_8), name))
			.isInstanceOfSatisfying(SubtitleParseException.class,
					e -> assertThat(e.errors()).extracting(SubtitleError::line).containsExactly(toObjects(lines)));
	}

	private static Integer[] toObjects(int[] values) {
		return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
	}

	static List<String> samples() {
		return List.of(VTT, "1\n00:00:01,000 --> 00:00:03,500\nHello\n\n2\n00:00:03,500 --> 00:00:06,000\nJOHN: Hi\n");
	}
}
