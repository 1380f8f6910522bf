package com.growthhub.platform.ai;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in drafter: the instructions are the template and {@code {{name}}} placeholders take the facts. A
 * placeholder with no fact stays visible, so a person reviewing the draft sees what is missing rather than a gap.
 */
class TemplateDrafter implements TextDrafter {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");

	private final Clock clock;

	TemplateDrafter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Draft draft(String instructions, Map<String, String> facts) {
		Matcher matcher = PLACEHOLDER.matcher(instructions);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			String fact = facts.get(matcher.group(1));
			matcher.appendReplacement(text, Matcher.quoteReplacement(fact != null ? fact : matcher.group()));
		}
		matcher.appendTail(text);
		return new Draft(text.toString().strip(), Classification.RULES, clock.instant());
	}
}
