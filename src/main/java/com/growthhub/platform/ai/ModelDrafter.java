package com.growthhub.platform.ai;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drafts with the model; an empty answer or a failed call is logged and the template draft answers instead. */
class ModelDrafter implements TextDrafter {

	private static final Logger log = LoggerFactory.getLogger(ModelDrafter.class);

	private static final String INSTRUCTIONS = """
			You draft short texts for a CRM. Follow the instructions, use only the facts given, invent nothing, \
			and answer with the text alone.""";

	private final ChatCompletions chat;

	private final TextDrafter templates;

	private final AiSettings settings;

	private final Clock clock;

	ModelDrafter(ChatCompletions chat, TextDrafter templates, AiSettings settings, Clock clock) {
		this.chat = chat;
		this.templates = templates;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Draft draft(String instructions, Map<String, String> facts) {
		try {
			String text = chat.ask(INSTRUCTIONS, prompt(instructions, facts), false).strip();
			if (text.isEmpty()) {
				throw new UnusableAnswerException("the answer was empty");
			}
			return new Draft(text, chat.modelName(), clock.instant());
		}
		catch (RuntimeException e) {
			log.warn("AI draft by {} failed, the template answered instead: {}", chat.modelName(),
					settings.reason(e));
			return templates.draft(instructions, facts);
		}
	}

	private static String prompt(String instructions, Map<String, String> facts) {
		String given = facts.entrySet().stream().map(f -> "- " + f.getKey() + ": " + f.getValue())
			.collect(Collectors.joining("\n"));
		return AiLimits.head("Instructions:\n" + instructions + "\n\nFacts:\n" + given);
	}
}
