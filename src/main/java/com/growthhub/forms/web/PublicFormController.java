package com.growthhub.forms.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.forms.internal.FormAnalytics;
import com.growthhub.forms.internal.LiveForm;
import com.growthhub.forms.internal.RenderStamp;
import com.growthhub.forms.internal.SubmissionIntake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hosted page of a published form ({@code /f/{formId}}), its theme stylesheet, the embed script and the thank-you
 * page. Every page may be framed only by the form's listed domains; scripts come from static/js/forms only. The
 * browser's plain HTML POST is {@link PublicFormApiController}'s.
 */
@Controller
class PublicFormController {

	private final SubmissionIntake intake;
	private final RenderStamp stamps;
	private final FormAnalytics analytics;
	private final JsonMapper json;

	PublicFormController(SubmissionIntake intake, RenderStamp stamps, FormAnalytics analytics, JsonMapper json) {
		this.json = json;
		this.intake = intake;
		this.stamps = stamps;
		this.analytics = analytics;
	}

	@GetMapping(path = "/f/{formId}", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable UUID formId, @RequestParam(required = false) @Nullable String embed, Model model,
			HttpServletResponse response) {
		LiveForm form = intake.live(formId);
		policy(response, form);
		analytics.viewed(form);
		model.addAttribute("form", form);
		model.addAttribute("definition", form.definition());
		model.addAttribute("stamp", stamps.issue(formId));
		model.addAttribute("embedded", embed != null);
		Map<String, String> conditions = new HashMap<>();
		form.definition().fields().stream().filter(f -> f.showWhen() != null)
			.forEach(f -> conditions.put(f.key(), json.writeValueAsString(f.showWhen())));
		model.addAttribute("conditions", conditions);
		return "forms/public-form";
	}

	@GetMapping(path = "/f/{formId}/theme.css", produces = "text/css")
	ResponseEntity<String> theme(@PathVariable UUID formId) {
		// The same stylesheet the builder's preview inlines, so the preview and the hosted form cannot drift apart.
		String css = intake.live(formId).definition().theme().stylesheet();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/css")).header("Cache-Control", "no-cache")
			.body(css);
	}

	@GetMapping(path = "/f/{formId}/embed.js", produces = "text/javascript")
	ResponseEntity<String> embed(@PathVariable UUID formId, HttpServletRequest request) {
		intake.live(formId);
		String origin = request.getScheme() + "://" + request.getServerName()
				+ (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript"))
			.header("Cache-Control", "no-cache").body(EmbedScript.of(origin, formId));
	}

	@GetMapping(path = "/f/{formId}/thanks", produces = MediaType.TEXT_HTML_VALUE)
	String thanks(@PathVariable UUID formId, Model model, HttpServletResponse response) {
		LiveForm form = intake.live(formId);
		policy(response, form);
		model.addAttribute("form", form);
		model.addAttribute("message", form.definition().settings().successMessage());
		return "forms/public-thanks";
	}

	@PostMapping(path = "/f/{formId}/progress")
	ResponseEntity<Void> progress(@PathVariable UUID formId, @RequestParam int step) {
		analytics.reached(intake.live(formId), step);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Scripts and styles from here only; framed by this server and the form's listed domains only; the page may post
	 * to itself. A redirect URL elsewhere is a navigation after the post, which form-action also governs in some
	 * browsers, so its origin is listed too.
	 */
	static void policy(HttpServletResponse response, LiveForm form) {
		String ancestors = form.definition().settings().allowedDomains().stream()
			.map(domain -> "https://" + domain + " http://" + domain)
			.collect(Collectors.joining(" "));
		String redirect = form.definition().settings().redirectUrl();
		String formAction = "'self'" + (redirect == null || redirect.isBlank() ? "" : " " + originOf(redirect));
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action " + formAction
				+ "; frame-ancestors 'self'" + (ancestors.isEmpty() ? "" : " " + ancestors));
	}

	private static String originOf(String url) {
		java.net.URI uri = java.net.URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}
}
