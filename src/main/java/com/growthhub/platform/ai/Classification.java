package com.growthhub.platform.ai;

import java.time.Instant;

/** source = the model name, or "rules"; at = when it was decided. */
public record Classification(String label, double confidence, String summary, String source, Instant at) {

	/** The source of answers given by the built-in rules rather than a model. */
	public static final String RULES = "rules";
}
