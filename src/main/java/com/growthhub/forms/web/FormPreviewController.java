package com.growthhub.forms.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.growthhub.forms.internal.FormDefinition;
import com.growthhub.forms.internal.FormDefinitions;
import com.growthhub.forms.internal.Forms;
import com.growthhub.forms.internal.LiveForm;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The builder's live preview: a draft definition, checked like a save (schema, then rules), rendered by the hosted
 * page's own template, so the preview cannot drift from what visitors see. The builder shows the HTML in a
 * {@code srcdoc} frame, which keeps this page's policy (scripts from here only). The page is given a form id that
 * does not exist and no proof of work, so the preview's progress beacons and a test submission reach nothing and count
 * nothing; the theme comes inline because {@code /f/{id}/theme.css} serves the published version only. Refusals
 * answer problem+json: 400 for JSON that cannot be read, 422 naming each problem as the save does.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FormPreviewController {

	static final UUID PREVIEW_ID = new UUID(0, 0);

	private static final Pattern THEME_LINK = Pattern
		.compile("<link[^>]*href=\"[^\"]*/f/" + PREVIEW_ID + "/theme\\.css\"[^>]*>");

	private final Forms forms;
	private final FormDefinitions definitions;
	private final JsonMapper json;
	private final SpringTemplateEngine templates;

	FormPreviewController(Forms forms, FormDefinitions definitions, JsonMapper json, SpringTemplateEngine templates) {
		this.forms = forms;
		this.definitions = definitions;
		this.json = json;
		this.templates = templates;
	}

	@PostMapping(path = "/settings/forms/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam String definition, HttpServletRequest request, HttpServletResponse response) {
		forms.get(organization, actor, id);
		FormDefinition checked = definitions.read(json.readTree(definition));
		FormDefinition draft = new FormDefinition(checked.fields(), checked.steps(), checked.theme(),
				checked.settings().withoutProofOfWork());
		String page = templates.process("forms/public-form", context(draft, organization, request, response));
		String theme = "<style>" + draft.theme().stylesheet() + "</style>";
		Matcher link = THEME_LINK.matcher(page);
		String themed = link.find() ? link.replaceFirst(Matcher.quoteReplacement(theme))
				: page.replace("</head>", theme + "</head>");
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).header("Cache-Control", "no-store").body(themed);
	}

	private WebContext context(FormDefinition draft, OrganizationId organization, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, String> conditions = new HashMap<>();
		draft.fields().stream().filter(f -> f.showWhen() != null)
			.forEach(f -> conditions.put(f.key(), json.writeValueAsString(f.showWhen())));
		Map<String, Object> model = new HashMap<>();
		model.put("form", new LiveForm(PREVIEW_ID, organization, 0, draft, null));
		model.put("definition", draft);
		model.put("stamp", "preview");
		model.put("embedded", false);
		model.put("conditions", conditions);
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		return new WebContext(exchange, RequestContextUtils.getLocale(request), model);
	}

	@ExceptionHandler(JacksonException.class)
	ResponseEntity<ProblemDetail> unreadable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The definition is not JSON that can be read: check quotes, commas and brackets.");
		problem.setTitle("Unreadable definition");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Our own refusals (a 422 naming each problem, a 404 for another organization's form) as problem+json. */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> refused(ErrorResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		return ResponseEntity.status(ex.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ex.getBody());
	}
}
