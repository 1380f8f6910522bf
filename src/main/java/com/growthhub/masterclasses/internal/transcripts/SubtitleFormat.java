package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The two subtitle formats uploads take; the file's first line decides, its name only when the content cannot. */
public enum SubtitleFormat {

	VTT, SRT;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SubtitleFormat detect(List<String> lines, @Nullable String fileName) {
		String first = lines.isEmpty() ? "" : lines.getFirst();
		if (first.startsWith("WEBVTT")) {
			return VTT;
		}
		if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
			return VTT;
		}
		return SRT;
	}
}
