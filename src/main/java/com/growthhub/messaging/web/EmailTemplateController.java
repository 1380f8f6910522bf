package com.growthhub.messaging.web;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.messaging.internal.templates.DefaultEmailTemplates;
import com.growthhub.messaging.internal.templates.EmailTemplateDefault;
import com.growthhub.messaging.internal.templates.EmailTemplateSource;
import com.growthhub.messaging.internal.templates.EmailTemplates;
import com.growthhub.messaging.internal.templates.InvalidEmailTemplateException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Settings › Email templates: the list, and an editor with a preview rendered exactly as the email will be. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EmailTemplateController {

	private final EmailTemplates templates;

	private final DefaultEmailTemplates defaults;

	EmailTemplateController(EmailTemplates templates, DefaultEmailTemplates defaults) {
		this.templates = templates;
		this.defaults = defaults;
	}

	record Row(String key, String description, boolean security, boolean customized) {
	}

	record TemplateForm(String subject, String html, String text) {
	}

	@GetMapping("/settings/email-templates")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("templates", defaults.all().stream().map(shipped -> new Row(shipped.key(),
				shipped.description(), shipped.security(),
				templates.source(organization, actor, shipped.key()).customized())).toList());
		return "messaging/email-templates";
	}

	@GetMapping("/settings/email-templates/{key}")
	String edit(@PathVariable String key, OrganizationId organization, Actor actor, Model model) {
		EmailTemplateSource source = templates.source(organization, actor, key);
		editor(model, key, source.customized(), new TemplateForm(source.subject(), source.html(), source.text()));
		model.addAttribute("preview", templates.preview(organization, actor, key, null, Map.of()));
		return "messaging/email-template";
	}

	@PostMapping("/settings/email-templates/{key}")
	String change(@PathVariable String key, @RequestParam String action, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String html, @RequestParam(defaultValue = "") String text,
			OrganizationId organization, Actor actor, Model model, RedirectAttributes redirect) {
		TemplateForm form = new TemplateForm(subject, html, text);
		try {
			switch (action) {
				case "save" -> {
					templates.save(organization, actor, key, subject, html, text);
					redirect.addFlashAttribute("saved", true);
					return "redirect:/settings/email-templates/" + key;
				}
				case "reset" -> {
					templates.reset(organization, actor, key);
					redirect.addFlashAttribute("reset", true);
					return "redirect:/settings/email-templates/" + key;
				}
				default -> model.addAttribute("preview", templates.preview(organization, actor, key,
						new EmailTemplates.Draft(subject, html, text), Map.of()));
			}
		}
		catch (InvalidEmailTemplateException e) {
			model.addAttribute("error", e.getMessage());
		}
		editor(model, key, templates.source(organization, actor, key).customized(), form);
		return "messaging/email-template";
	}

	private void editor(Model model, String key, boolean customized, TemplateForm form) {
		EmailTemplateDefault shipped = defaults.find(key).orElseThrow(() -> NotFoundException.of("Email template"));
		model.addAttribute("key", key);
		model.addAttribute("description", shipped.description());
		model.addAttribute("variables", shipped.samples().keySet());
		model.addAttribute("customized", customized);
		model.addAttribute("form", form);
	}
}
