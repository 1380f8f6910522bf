package com.growthhub.forms.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.growthhub.forms.internal.FormAnalytics;
import com.growthhub.forms.internal.FieldType;
import com.growthhub.forms.internal.FormDefinitions;
import com.growthhub.forms.internal.FormSchema;
import com.growthhub.forms.internal.FormSubmissions;
import com.growthhub.forms.internal.FormView;
import com.growthhub.forms.internal.Forms;
import com.growthhub.forms.internal.SubmissionView;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settings › Forms (owners and admins): the list, a new form, and each form's page with its addresses, the builder
 * and JSON view of its draft (checked against the schema on save, each problem shown beside what it concerns), publishing, its submissions (filter, search, release, CSV) and
 * its funnel.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FormController {

	private final Forms forms;
	private final FormDefinitions definitions;
	private final FormSubmissions submissions;
	private final FormAnalytics analytics;
	private final JsonMapper json;
	private final SubmissionsCsv csv;
	private final FormSchema schema;
	private final MessageSource messages;
	private final Members members;

	FormController(Forms forms, FormDefinitions definitions, FormSubmissions submissions, FormAnalytics analytics,
			JsonMapper json, SubmissionsCsv csv, FormSchema schema, MessageSource messages, Members members) {
		this.members = members;
		this.messages = messages;
		this.csv = csv;
		this.schema = schema;
		this.forms = forms;
		this.definitions = definitions;
		this.submissions = submissions;
		this.analytics = analytics;
		this.json = json;
	}

	@GetMapping("/settings/forms")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("forms", forms.list(organization, actor, q, null, 100).items());
		model.addAttribute("q", q);
		return "forms/list";
	}

	@PostMapping("/settings/forms")
	String create(OrganizationId organization, Actor actor, @RequestParam String name, RedirectAttributes redirect) {
		if (name.isBlank()) {
			RefusedAction.flash(redirect, "forms.nameRequired");
			return "redirect:/settings/forms";
		}
		FormView form = forms.create(organization, actor, name.length() > 200 ? name.substring(0, 200) : name, null);
		return "redirect:/settings/forms/" + form.id();
	}

	@GetMapping("/settings/forms/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) SubmissionView.@Nullable Status status,
			@RequestParam(required = false) @Nullable String q, Model model, Locale locale) {
		FormView form = forms.get(organization, actor, id);
		model.addAttribute("form", form);
		if (!model.containsAttribute("definitionJson")) {
			model.addAttribute("definitionJson", json.writerWithDefaultPrettyPrinter().writeValueAsString(
					definitions.tree(form.definition())));
		}
		model.addAttribute("submissions", submissions.list(organization, actor, id, status, q, null, 50).items());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		FormAnalytics.Funnel funnel = analytics.funnel(organization, actor, id, null, null);
		model.addAttribute("funnel", funnel);
		model.addAttribute("dropOff", DropOffChart.of(funnel, messages.getMessage("forms.funnel.reached", null, locale),
				messages.getMessage("forms.funnel.left", null, locale)));
		model.addAttribute("fieldTypes", FieldType.values());
		model.addAttribute("members", members.list(organization));
		model.addAttribute("uploadSupported", schema.fieldProperties().contains("upload"));
		model.addAttribute("origin", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		return "forms/detail";
	}

	@GetMapping(path = "/settings/forms/{id}/submissions.csv", produces = "text/csv")
	void csv(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) SubmissionView.@Nullable Status status,
			@RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
		csv.write(organization, actor, id, status, q, response);
	}

	@PostMapping("/settings/forms/{id}/definition")
	String save(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam String definition, RedirectAttributes redirect) {
		try {
			forms.update(organization, actor, id, name.isBlank() ? null : name, definitions.read(json.readTree(definition)));
			redirect.addFlashAttribute("notice", "forms.saved");
		}
		catch (JacksonException ex) {
			redirect.addFlashAttribute("definitionJson", definition);
			redirect.addFlashAttribute("definitionProblem", "The JSON cannot be read: check quotes, commas and brackets.");
		}
		catch (ErrorResponseException ex) {
			redirect.addFlashAttribute("definitionJson", definition);
			redirect.addFlashAttribute("definitionProblem", RefusedAction.detail(ex));
			if (ex.getBody().getProperties() != null && ex.getBody().getProperties().get("errors") instanceof List<?> errors) {
				redirect.addFlashAttribute("definitionErrors", json.writeValueAsString(errors));
			}
		}
		return "redirect:/settings/forms/" + id;
	}

	@PostMapping("/settings/forms/{id}/publish")
	String publish(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			forms.publish(organization, actor, id);
			redirect.addFlashAttribute("notice", "forms.published");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/forms/" + id;
	}

	@PostMapping("/settings/forms/submissions/{submission}/release")
	String release(OrganizationId organization, Actor actor, @PathVariable UUID submission, @RequestParam UUID form,
			RedirectAttributes redirect) {
		try {
			submissions.release(organization, actor, submission);
			redirect.addFlashAttribute("notice", "forms.released");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/forms/" + form;
	}
}
