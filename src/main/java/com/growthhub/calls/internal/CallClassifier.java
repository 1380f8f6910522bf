package com.growthhub.calls.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.growthhub.calls.CallStatus;
import com.growthhub.calls.TranscriptLine;
import com.growthhub.platform.ai.Classification;
import com.growthhub.platform.ai.TextClassifier;

/**
 * Classifies a call: what its status already says (a voicemail, a missed or zero-length call) needs no reading; the
 * rest goes to the AI port (a model when configured, the built-in rules otherwise) with the transcript. A call without
 * a transcript yet stays unreviewed until one arrives.
 */
@Component
class CallClassifier {

	private static final double CERTAIN = 1.0;

	private final TextClassifier classifier;

	CallClassifier(TextClassifier classifier) {
		this.classifier = classifier;
	}

	CallVerdict classify(CallStatus status, int durationSeconds, List<TranscriptLine> transcript) {
		if (status == CallStatus.VOICEMAIL && transcript.isEmpty()) {
			return byStatus(CallCategory.VOICEMAIL, "Voicemail without a transcript");
		}
		if (status == CallStatus.MISSED || durationSeconds == 0) {
			return byStatus(CallCategory.UNANSWERED, "Nobody answered");
		}
		if (transcript.isEmpty()) {
			return CallVerdict.none();
		}
		Classification answer = classifier.classify(text(transcript), CallLabels.ALL);
		CallCategory category = CallCategory.ofKey(answer.label()).filter(c -> c != CallCategory.CONVERTED)
			.orElse(CallCategory.UNREVIEWED);
		return new CallVerdict(category, answer.confidence(), answer.summary(), answer.source(), answer.at());
	}

	private CallVerdict byStatus(CallCategory category, String summary) {
		return new CallVerdict(category, CERTAIN, summary, Classification.RULES, Instant.now());
	}

	static String text(List<TranscriptLine> transcript) {
		return transcript.stream()
			.map(line -> line.speaker() == null ? line.text() : line.speaker() + ": " + line.text())
			.collect(Collectors.joining("\n"));
	}
}
