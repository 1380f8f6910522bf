package com.growthhub.journeys.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.Role;
import com.growthhub.journeys.internal.JourneyInputException;
import com.growthhub.journeys.internal.JourneyTemplates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * Creating and editing templates without JavaScript: each step is a row with an order number (reorder), a
 * remove box and blank rows to add steps.
 */
@Controller
class JourneyTemplateController {

	static final int BLANK_ROWS = 3;

	private final JourneyTemplates templates;

	JourneyTemplateController(JourneyTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/journeys/templates")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("templates", templates.list(organization, actor));
		return form(model, null, List.of());
	}

	@GetMapping("/journeys/templates/{id}")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		JourneyTemplates.Template template = templates.get(organization, actor, id);
		model.addAttribute("templates", templates.list(organization, actor));
		return form(model, template, template.steps());
	}

	private static String form(Model model, JourneyTemplates.@Nullable Template template, List<JourneyTemplates.Step> steps) {
		List<JourneyTemplates.@Nullable Step> rows = new ArrayList<>(steps);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(null);
		}
		model.addAttribute("template", template);
		model.addAttribute("rows", rows);
		model.addAttribute("roles", List.of("owner", "admin", "manager", "member"));
		return "journeys/templates";
	}

	@PostMapping("/journeys/templates")
	@PreAuthorize("hasRole('MANAGER')")
	String create(OrganizationId organization, Actor actor, @RequestParam String name,
			@RequestParam(name = "position", required = false) @Nullable List<String> positions,
			@RequestParam(name = "title", required = false) @Nullable List<String> titles,
			@RequestParam(name = "offset", required = false) @Nullable List<String> offsets,
			@RequestParam(name = "role", required = false) @Nullable List<String> roles,
			@RequestParam(name = "remove", required = false) @Nullable List<Integer> removed, RedirectAttributes redirect) {
		try {
			JourneyTemplates.Template created = templates.create(organization, actor, name,
					steps(positions, titles, offsets, roles, removed));
			redirect.addFlashAttribute("notice", "journeyTemplates.saved");
			return "redirect:/journeys/templates/" + created.id();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/journeys/templates";
		}
	}

	@PostMapping("/journeys/templates/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(name = "position", required = false) @Nullable List<String> positions,
			@RequestParam(name = "title", required = false) @Nullable List<String> titles,
			@RequestParam(name = "offset", required = false) @Nullable List<String> offsets,
			@RequestParam(name = "role", required = false) @Nullable List<String> roles,
			@RequestParam(name = "remove", required = false) @Nullable List<Integer> removed, RedirectAttributes redirect) {
		try {
			templates.update(organization, actor, id, name, steps(positions, titles, offsets, roles, removed));
			redirect.addFlashAttribute("notice", "journeyTemplates.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/journeys/templates/" + id;
	}

	private record Row(int position, int index, JourneyTemplates.Step step) {
	}

	/** Rows with a title that are not ticked for removal, ordered by their order number (then as shown). */
	static List<JourneyTemplates.Step> steps(@Nullable List<String> positions, @Nullable List<String> titles,
			@Nullable List<String> offsets, @Nullable List<String> roles, @Nullable List<Integer> removed) {
		List<Row> rows = new ArrayList<>();
		int count = titles == null ? 0 : titles.size();
		for (int i = 0; i < count; i++) {
			String title = titles.get(i);
			if (title == null || title.isBlank() || (removed != null && removed.contains(i))) {
				continue;
			}
			int offset = number(at(offsets, i), 0, "offset");
			Role role = role(at(roles, i));
			rows.add(new Row(number(at(positions, i), i + 1, "position"), i, new JourneyTemplates.Step(title, offset, role)));
		}
		rows.sort(Comparator.comparingInt(Row::position).thenComparingInt(Row::index));
		return rows.stream().map(Row::step).toList();
	}

	private static Role role(String key) {
		try {
			return Role.fromKey(key.isBlank() ? "member" : key);
		}
		catch (IllegalArgumentException ex) {
			throw JourneyInputException.field("role", "must be owner, admin, manager or member");
		}
	}

	private static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

	private static int number(String text, int fallback, String field) {
		if (text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw JourneyInputException.field(field, "must be a whole number");
		}
	}
}
