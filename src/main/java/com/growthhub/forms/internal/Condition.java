package com.growthhub.forms.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** "Show this field when any (or all) of these rules hold" about answers to other fields. */
public record Condition(Match match, List<Rule> rules) {

	public Condition {
		match = match == null ? Match.ALL : match;
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

	public enum Match {
		ANY, ALL
	}

	public enum Operator {
		EQUALS, NOT_EQUALS, CONTAINS, IS_FILLED, IS_EMPTY
	}

	public record Rule(String field, Operator operator, @Nullable String value) {

		/** Whether the rule holds for the answer's values (empty when unanswered or hidden). */
		boolean holds(List<String> answer) {
			String expected = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
			return switch (operator) {
				case EQUALS -> answer.stream().anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals(expected));
				case NOT_EQUALS -> answer.stream().noneMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals(expected));
				case CONTAINS -> answer.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(expected));
				case IS_FILLED -> answer.stream().anyMatch(v -> !v.isBlank());
				case IS_EMPTY -> answer.stream().allMatch(String::isBlank);
			};
		}
	}
}
