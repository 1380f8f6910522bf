package com.growthhub.masterclasses.internal.insights;

/**
 * One insight (seed 003's ANALYTICS_INSIGHT): a type key ({@code show_up}, {@code drop_off}, {@code chat},
 * {@code questions}, {@code topics}, {@code offers}, {@code conversion}, {@code revenue}, {@code summary},
 * {@code suggestion}), a text for people, a priority from 1 (act on it first) to 5, and whether rules or the AI
 * wrote it.
 */
public record Insight(String type, String text, int priority, String source) {

	static Insight rule(String type, int priority, String text) {
		return new Insight(type, text, priority, "rule");
	}
}
