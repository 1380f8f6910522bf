package com.growthhub.messaging.internal.templates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of editable emails, a small part of Mustache: {@code {{name}}} inserts a value (escaped by the
 * caller's escaper), {@code {{#name}}…{{/name}}} keeps its content when the value is present and not empty or
 * {@code false}, {@code {{^name}}…{{/name}}} when it is not, and {@code {{#name=value}}} compares. No expressions,
 * no method calls: an organization's admin edits these, so they must not reach anything but the values given.
 */
final class TemplateText {

	private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z][\\w.-]*(?:=[^}]*)?)\\s*}}");

	private sealed interface Part permits Literal, Value, Section {
	}

	private record Literal(String text) implements Part {
	}

	private record Value(String name) implements Part {
	}

	private record Section(String condition, boolean inverted, List<Part> parts) implements Part {
	}

	private final List<Part> parts;

	private TemplateText(List<Part> parts) {
		this.parts = parts;
	}

	static TemplateText parse(String source) {
		Deque<Section> open = new ArrayDeque<>();
		List<Part> top = new ArrayList<>();
		Matcher tag = TAG.matcher(source);
		int at = 0;
		while (tag.find()) {
			List<Part> into = open.isEmpty() ? top : open.peek().parts();
			if (tag.start() > at) {
				into.add(new Literal(source.substring(at, tag.start())));
			}
			String kind = tag.group(1);
			String name = tag.group(2).strip();
			switch (kind) {
				case "#", "^" -> {
					Section section = new Section(name, kind.equals("^"), new ArrayList<>());
					into.add(section);
					open.push(section);
				}
				case "/" -> {
					if (open.isEmpty() || !open.peek().condition().equals(name)) {
						throw InvalidEmailTemplateException.because("{{/" + name + "}} closes no open {{#" + name + "}}");
					}
					open.pop();
				}
				default -> into.add(new Value(name));
			}
			at = tag.end();
		}
		if (!open.isEmpty()) {
			throw InvalidEmailTemplateException.because("{{#" + open.peek().condition() + "}} is never closed");
		}
		if (at < source.length()) {
			top.add(new Literal(source.substring(at)));
		}
		return new TemplateText(top);
	}

	String render(Map<String, ?> values, UnaryOperator<String> escape) {
		StringBuilder out = new StringBuilder();
		render(parts, values, escape, out);
		return out.toString();
	}

	/** The names of the values the text uses, for telling an author about one the email never has. */
	Set<String> names() {
		Set<String> names = new TreeSet<>();
		collect(parts, names);
		return names;
	}

	private static void collect(List<Part> parts, Set<String> names) {
		for (Part part : parts) {
			switch (part) {
				case Literal literal -> {
				}
				case Value value -> names.add(value.name());
				case Section section -> {
					names.add(section.condition().split("=", 2)[0]);
					collect(section.parts(), names);
				}
			}
		}
	}

	private static void render(List<Part> parts, Map<String, ?> values, UnaryOperator<String> escape,
			StringBuilder out) {
		for (Part part : parts) {
			switch (part) {
				case Literal literal -> out.append(literal.text());
				case Value value -> out.append(escape.apply(text(values.get(value.name()))));
				case Section section -> {
					if (holds(section.condition(), values) != section.inverted()) {
						render(section.parts(), values, escape, out);
					}
				}
			}
		}
	}

	private static boolean holds(String condition, Map<String, ?> values) {
		String[] comparison = condition.split("=", 2);
		String value = text(values.get(comparison[0]));
		if (comparison.length == 2) {
			return value.equals(comparison[1]);
		}
		return !value.isEmpty() && !value.equals("false");
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
