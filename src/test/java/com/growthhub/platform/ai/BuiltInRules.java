package com.growthhub.platform.ai;

import java.time.Clock;

/** The built-in rules classifier for unit tests of other modules' labels, without a Spring context. */
public final class BuiltInRules {

	private BuiltInRules() {
	}

	public static TextClassifier classifier() {
		return new RuleClassifier(Clock.systemUTC());
	}
}
