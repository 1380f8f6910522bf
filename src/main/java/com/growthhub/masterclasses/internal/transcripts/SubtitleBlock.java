package com.growthhub.masterclasses.internal.transcripts;

import java.util.ArrayList;
import java.util.List;

/** Lines between blank lines, with the 1-based number of the first: both formats are made of such blocks. */
record SubtitleBlock(int firstLine, List<String> lines) {

	static List<SubtitleBlock> split(List<String> lines, int from) {
		List<SubtitleBlock> blocks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		int start = 0;
		for (int i = from; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				if (!current.isEmpty()) {
					blocks.add(new SubtitleBlock(start + 1, List.copyOf(current)));
					current.clear();
				}
				continue;
			}
			if (current.isEmpty()) {
				start = i;
			}
			current.add(line);
		}
		if (!current.isEmpty()) {
			blocks.add(new SubtitleBlock(start + 1, List.copyOf(current)));
		}
		return blocks;
	}

	int lineOf(int index) {
		return firstLine + index;
	}

	/** The index of the timing line among the first two lines (an optional cue id or number comes first), else -1. */
	int timingIndex() {
		if (CueTimes.isTimingLine(lines.getFirst())) {
			return 0;
		}
		return lines.size() > 1 && CueTimes.isTimingLine(lines.get(1)) ? 1 : -1;
	}

	String payload(int afterIndex) {
		return String.join("\n", lines.subList(afterIndex + 1, lines.size()));
	}
}
