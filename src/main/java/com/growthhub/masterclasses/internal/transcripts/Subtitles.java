package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Reads an uploaded WebVTT or SRT file into cues, or refuses it with every error by line. */
public final class Subtitles {

	private Subtitles() {
	}

	public record Parsed(SubtitleFormat format, List<Cue> cues) {
	}

	/** @throws SubtitleParseException for anything but a valid file: the parsers' only failure */
	public static Parsed parse(byte[] bytes, @Nullable String fileName) {
		List<String> lines = SubtitleText.lines(bytes);
		SubtitleFormat format = SubtitleFormat.detect(lines, fileName);
		List<Cue> cues = format == SubtitleFormat.VTT ? WebVttParser.parse(lines) : SrtParser.parse(lines);
		return new Parsed(format, cues);
	}
}
