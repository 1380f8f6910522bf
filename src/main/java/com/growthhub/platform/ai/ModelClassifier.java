package com.growthhub.platform.ai;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the model for {@code {"label", "confidence", "summary"}} and believes it only when the label is one of those
 * offered and the confidence is a number between 0 and 1. Anything else — an unknown label, malformed JSON, a
 * timeout, an HTTP error — is logged (never with the key) and the rules answer instead, so a caller always gets a
 * classification.
 */
class ModelClassifier implements TextClassifier {

	private static final Logger log = LoggerFactory.getLogger(ModelClassifier.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChatCompletions chat;

	private final TextClassifier rules;

	private final AiSettings settings;

	private final Clock clock;

	ModelClassifier(ChatCompletions chat, TextClassifier rules, AiSettings settings, Clock clock) {
		this.chat = chat;
		this.rules = rules;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Classification classify(String text, List<ClassLabel> labels) {
		if (labels.isEmpty()) {
			throw new IllegalArgumentException("at least one label is needed");
		}
		try {
			return read(chat.ask(instructions(labels), AiLimits.head(text), true), labels);
		}
		catch (RuntimeException e) {
			log.warn("AI classification by {} failed, the rules answered instead: {}", chat.modelName(),
					settings.reason(e));
			return rules.classify(text, labels);
		}
	}

	private Classification read(String answer, List<ClassLabel> labels) {
		JsonNode json = JSON.readTree(withoutCodeFence(answer));
		String label = json.path("label").asString("");
		if (labels.stream().noneMatch(l -> l.key().equals(label))) {
			throw new UnusableAnswerException("label '" + AiLimits.shorten(label) + "' is not one of those offered");
		}
		JsonNode confidence = json.path("confidence");
		if (!confidence.isNumber() || confidence.asDouble() < 0 || confidence.asDouble() > 1) {
			throw new UnusableAnswerException("confidence is not a number between 0 and 1");
		}
		return new Classification(label, confidence.asDouble(), AiLimits.shorten(json.path("summary").asString("")),
				chat.modelName(), clock.instant());
	}

	/** Some OpenAI-compatible servers wrap JSON in a Markdown fence even when asked for a JSON object. */
	private static String withoutCodeFence(String answer) {
		String trimmed = answer.strip();
		if (trimmed.startsWith("```")) {
			trimmed = trimmed.replaceFirst("^```(?:json)?", "").replaceFirst("```$", "").strip();
		}
		return trimmed;
	}

	private static String instructions(List<ClassLabel> labels) {
		String offered = labels.stream().map(l -> "- " + l.key() + ": " + l.description())
			.collect(Collectors.joining("\n"));
		return """
				You classify texts that reach a CRM. Choose exactly one label from this list:
				%s
				Answer with a JSON object only: {"label": "<one of the keys above>", "confidence": <number from 0 to 1>, \
				"summary": "<one line of at most 140 characters saying what the text is about>"}.
				""".formatted(offered);
	}
}
