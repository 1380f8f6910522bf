package com.growthhub.journeys.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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

import com.growthhub.journeys.internal.JourneyTemplates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Creating and editing templates without JavaScript: each step is a row with an order number (reorder), a
 * remove box and blank rows to add steps. A refused form comes back as typed, each problem next to its input.
 */
@Controller
class JourneyTemplateController {

	private static final String FORM = "template";

	private final JourneyTemplates templates;

	JourneyTemplateController(JourneyTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/journeys/templates")
	String list(OrganizationId organization, Actor actor, Model model) {
		return page(organization, actor, null, TemplateForm.of(null), FormRefusal.NONE, model);
	}

	@GetMapping("/journeys/templates/{id}")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		JourneyTemplates.Template template = templates.get(organization, actor, id);
		return page(organization, actor, template, TemplateForm.of(template), FormRefusal.NONE, model);
	}

	@PostMapping("/journeys/templates")
	@PreAuthorize("hasRole('MANAGER')")
	String create(OrganizationId organization, Actor actor, @RequestParam String name,
			@RequestParam(name = "position", required = false) @Nullable List<String> positions,
			@RequestParam(name = "title", required = false) @Nullable List<String> titles,
			@RequestParam(name = "offset", required = false) @Nullable List<String> offsets,
			@RequestParam(name = "role", required = false) @Nullable List<String> roles,
			@RequestParam(name = "remove", required = false) @Nullable List<Integer> removed, Model model,
			RedirectAttributes redirect) {
		TemplateForm form = TemplateForm.typed(name, positions, titles, offsets, roles, removed);
		return save(organization, actor, null, form, model, steps -> {
			JourneyTemplates.Template created = templates.create(organization, actor, name, steps);
			redirect.addFlashAttribute("notice", "journeyTemplates.saved");
			return "redirect:/journeys/templates/" + created.id();
		});
	}

	@PostMapping("/journeys/templates/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(name = "position", required = false) @Nullable List<String> positions,
			@RequestParam(name = "title", required = false) @Nullable List<String> titles,
			@RequestParam(name = "offset", required = false) @Nullable List<String> offsets,
			@RequestParam(name = "role", required = false) @Nullable List<String> roles,
			@RequestParam(name = "remove", required = false) @Nullable List<Integer> removed, Model model,
			RedirectAttributes redirect) {
		JourneyTemplates.Template template = templates.get(organization, actor, id);
		TemplateForm form = TemplateForm.typed(name, positions, titles, offsets, roles, removed);
		return save(organization, actor, template, form, model, steps -> {
			templates.update(organization, actor, id, name, steps);
			redirect.addFlashAttribute("notice", "journeyTemplates.saved");
			return "redirect:/journeys/templates/" + id;
		});
	}

	/** Saves the steps the form holds and goes on, or shows the form again with what is wrong next to each input. */
	private String save(OrganizationId organization, Actor actor, JourneyTemplates.@Nullable Template template,
			TemplateForm form, Model model, Function<List<JourneyTemplates.Step>, String> saving) {
		TemplateForm.Steps steps = form.steps();
		FormRefusal refusal = FormRefusal.of(FORM, form.inputs(), steps.errors());
		if (steps.errors().isEmpty()) {
			try {
				return saving.apply(steps.steps());
			}
			catch (ErrorResponseException ex) {
				refusal = FormRefusal.of(FORM, form.inputs(), ex, steps::inputOf);
			}
		}
		return page(organization, actor, template, form, refusal, model);
	}

	private String page(OrganizationId organization, Actor actor, JourneyTemplates.@Nullable Template template,
			TemplateForm form, FormRefusal refusal, Model model) {
		model.addAttribute("templates", templates.list(organization, actor));
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("refused", refusal);
		model.addAttribute("roles", List.of("owner", "admin", "manager", "member"));
		return "journeys/templates";
	}
}
