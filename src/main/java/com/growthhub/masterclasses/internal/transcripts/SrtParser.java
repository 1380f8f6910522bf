package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;

/**
 * SubRip: blocks of a cue number, a timing line ({@code 00:00:01,000 --> 00:00:04,000}, optionally with
 * {@code X1:… Y2:…} coordinates) and text. A block without a timing line right after a cue is that cue's text
 * continued: editors leave blank lines inside cue text, and players show them as one cue.
 */
final class SrtParser {

	private SrtParser() {
	}

	static List<Cue> parse(List<String> lines) {
		CueCollector cues = new CueCollector();
		for (SubtitleBlock block : SubtitleBlock.split(lines, 0)) {
			int timing = block.timingIndex();
			if (timing < 0) {
				boolean numbered = block.lines().getFirst().strip().matches("\\d+");
				if (!numbered && !cues.isEmpty()) {
					cues.continueLast(String.join("\n", block.lines()));
				}
				else {
					cues.error(block.firstLine(), "Expected a cue: a number, then \"start --> end\", then its text.");
				}
				continue;
			}
			if (timing == 1 && !block.lines().getFirst().strip().matches("\\d+")) {
				cues.error(block.firstLine(), "Expected a cue number, found \"" + block.lines().getFirst().strip() + "\".");
				continue;
			}
			if (!cues.add(block.lineOf(timing), block.lines().get(timing), block.payload(timing))) {
				break;
			}
		}
		return cues.cues();
	}
}
