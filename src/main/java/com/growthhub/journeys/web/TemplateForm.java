package com.growthhub.journeys.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.growthhub.identity.Role;
import com.growthhub.journeys.internal.JourneyTemplates;

/**
 * The template editor as typed: a name and one row per step (order number, title, due offset, role, remove box), blank
 * rows adding steps. Each cell is an input named by its row ({@code title[2]}), so a problem lands next to it.
 */
record TemplateForm(String name, List<Row> rows) {

	static final int BLANK_ROWS = 3;

	private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.(title|dueOffsetDays|assigneeRole)");
	private static final Map<String, String> STEP_INPUTS = Map.of("title", "title", "dueOffsetDays", "offset",
			"assigneeRole", "role");

	record Row(String position, String title, String offset, String role, boolean removed) {
	}

	/**
	 * The steps to save, in order, and the row each one came from; or the cells that could not be read, by input.
	 */
	record Steps(List<JourneyTemplates.Step> steps, List<Integer> rows, Map<String, String> errors) {

		/** The input showing a field the service named: {@code steps[1].title} is the title of the row step 1 came from. */
		String inputOf(String field) {
			Matcher step = STEP_FIELD.matcher(field);
			if (step.matches() && Integer.parseInt(step.group(1)) < rows.size()) {
				return STEP_INPUTS.get(step.group(2)) + "[" + rows.get(Integer.parseInt(step.group(1))) + "]";
			}
			return field;
		}
	}

	/** A stored template (or none, for a new one) with blank rows to add steps. */
	static TemplateForm of(JourneyTemplates.@Nullable Template template) {
		List<Row> rows = new ArrayList<>();
		List<JourneyTemplates.Step> steps = template == null ? List.of() : template.steps();
		for (JourneyTemplates.Step step : steps) {
			rows.add(new Row(String.valueOf(rows.size() + 1), step.title(), String.valueOf(step.dueOffsetDays()),
					step.assigneeRole().key(), false));
		}
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new Row(String.valueOf(rows.size() + 1), "", "0", "member", false));
		}
		return new TemplateForm(template == null ? "" : template.name(), rows);
	}

	/** The form as posted: parallel lists of cells, one per row, and the indexes of the rows ticked for removal. */
	static TemplateForm typed(String name, @Nullable List<String> positions, @Nullable List<String> titles,
			@Nullable List<String> offsets, @Nullable List<String> roles, @Nullable List<Integer> removed) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; titles != null && i < titles.size(); i++) {
			rows.add(new Row(at(positions, i), at(titles, i), at(offsets, i), at(roles, i),
					removed != null && removed.contains(i)));
		}
		return new TemplateForm(name, rows);
	}

	/** Every input with what it holds, to show again when the form is refused. */
	Map<String, String> inputs() {
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("name", name);
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			inputs.put("position[" + i + "]", row.position());
			inputs.put("title[" + i + "]", row.title());
			inputs.put("offset[" + i + "]", row.offset());
			inputs.put("role[" + i + "]", row.role());
		}
		return inputs;
	}

	private record Numbered(int position, int row, JourneyTemplates.Step step) {
	}

	/** Rows with a title that are not ticked for removal, ordered by their order number (then as shown). */
	Steps steps() {
		Map<String, String> errors = new LinkedHashMap<>();
		List<Numbered> numbered = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.title().isBlank() || row.removed()) {
				continue;
			}
			Integer position = number(row.position(), i + 1, "position[" + i + "]", errors);
			Integer offset = number(row.offset(), 0, "offset[" + i + "]", errors);
			Role role = role(row.role(), "role[" + i + "]", errors);
			if (position != null && offset != null && role != null) {
				numbered.add(new Numbered(position, i, new JourneyTemplates.Step(row.title(), offset, role)));
			}
		}
		numbered.sort(Comparator.comparingInt(Numbered::position).thenComparingInt(Numbered::row));
		return new Steps(numbered.stream().map(Numbered::step).toList(), numbered.stream().map(Numbered::row).toList(),
				errors);
	}

	private static @Nullable Role role(String key, String input, Map<String, String> errors) {
		try {
			return Role.fromKey(key.isBlank() ? "member" : key);
		}
		catch (IllegalArgumentException ex) {
			errors.put(input, "must be owner, admin, manager or member");
			return null;
		}
	}

	private static @Nullable Integer number(String text, int fallback, String input, Map<String, String> errors) {
		if (text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(input, "must be a whole number");
			return null;
		}
	}

	private static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}
}
