package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * WebVTT (W3C): the {@code WEBVTT} line and its header, then blocks: {@code NOTE} comments, {@code STYLE} and
 * {@code REGION} definitions (skipped), and cues — an optional identifier line, the timing line with optional
 * settings, and the payload.
 */
final class WebVttParser {

	private static final Pattern SIGNATURE = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");

	private static final Pattern SKIPPED = Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");

	private WebVttParser() {
	}

	static List<Cue> parse(List<String> lines) {
		CueCollector cues = new CueCollector();
		if (lines.isEmpty() || !SIGNATURE.matcher(lines.getFirst()).matches()) {
			cues.error(1, "A WebVTT file starts with the line \"WEBVTT\".");
			return cues.cues();
		}
		List<SubtitleBlock> blocks = SubtitleBlock.split(lines, 0);
		SubtitleBlock header = blocks.getFirst();
		for (int i = 1; i < header.lines().size(); i++) {
			if (CueTimes.isTimingLine(header.lines().get(i))) {
				cues.error(header.lineOf(i), "A blank line must separate the WEBVTT header from the first cue.");
			}
		}
		for (SubtitleBlock block : blocks.subList(1, blocks.size())) {
			if (SKIPPED.matcher(block.lines().getFirst()).matches() && block.timingIndex() < 0) {
				continue;
			}
			int timing = block.timingIndex();
			if (timing < 0) {
				cues.error(block.firstLine(), "Expected a cue: an optional identifier, then \"start --> end\".");
				continue;
			}
			if (!cues.add(block.lineOf(timing), block.lines().get(timing), block.payload(timing))) {
				break;
			}
		}
		return cues.cues();
	}
}
