package com.growthhub.forms.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.growthhub.forms.internal.FormInputException;
import com.growthhub.forms.internal.LiveForm;

/** The page a plain HTML form's sender sees when answers are wrong: what to correct, and the way back. */
@Component
class ProblemsPage {

	private final ITemplateEngine templates;
	private final MessageSource messages;

	ProblemsPage(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@SuppressWarnings("unchecked")
	ResponseEntity<String> render(LiveForm form, FormInputException ex) {
		Object errors = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("errors");
		List<String> problems = errors instanceof List<?> list ? list.stream()
			.map(e -> (Map<String, String>) e)
			.map(e -> form.definition().field(e.get("field")).map(f -> f.label()).orElse(e.get("field")) + " "
					+ e.get("message"))
			.toList() : List.of(String.valueOf(ex.getMessage()));
		Context context = new Context(Locale.ENGLISH, Map.of("form", form, "problems", problems, "title",
				messages.getMessage("forms.problem.title", null, Locale.ENGLISH)));
		return ResponseEntity.unprocessableContent().contentType(MediaType.TEXT_HTML)
			.body(templates.process("forms/public-problem", context));
	}
}
