package com.growthhub.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.templates.DefaultEmailTemplates;
import com.growthhub.messaging.internal.templates.EmailTemplateDefault;
import com.growthhub.messaging.internal.templates.EmailTemplateSource;
import com.growthhub.messaging.internal.templates.EmailTemplates;
import com.growthhub.messaging.internal.templates.RenderedEmail;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/email-templates")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Email templates", description = "The organization's version of every email the product sends (owners and admins)")
class EmailTemplateApiController {

	private final EmailTemplates templates;

	private final DefaultEmailTemplates defaults;

	EmailTemplateApiController(EmailTemplates templates, DefaultEmailTemplates defaults) {
		this.templates = templates;
		this.defaults = defaults;
	}

	record TemplateSummary(String key, String description, boolean security, boolean customized,
			@Nullable Instant updatedAt) {
	}

	record TemplateResponse(String key, String description, boolean security, boolean customized,
			@Nullable Instant updatedAt, String subject, String html, String text, Map<String, String> variables) {

		static TemplateResponse of(EmailTemplateDefault shipped, EmailTemplateSource source) {
			return new TemplateResponse(shipped.key(), shipped.description(), shipped.security(), source.customized(),
					source.updatedAt(), source.subject(), source.html(), source.text(), shipped.samples());
		}
	}

	record TemplateRequest(@NotNull @Size(max = 300) String subject, @NotNull @Size(max = 100_000) String html,
			@NotNull @Size(max = 50_000) String text) {
	}

	/** Both optional: a draft to preview instead of the saved version, and values instead of the samples. */
	record PreviewRequest(@Nullable @Valid TemplateRequest draft, @Nullable Map<String, String> variables) {
	}

	@GetMapping
	@Operation(summary = "Every email the product sends, and whether the organization changed it")
	Map<String, List<TemplateSummary>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", defaults.all().stream().map(shipped -> {
			EmailTemplateSource source = templates.source(organization, actor, shipped.key());
			return new TemplateSummary(shipped.key(), shipped.description(), shipped.security(), source.customized(),
					source.updatedAt());
		}).toList());
	}

	@GetMapping("/{key}")
	@Operation(summary = "One email's subject, HTML and plain-text part ({{variables}}), and its variables with sample values")
	TemplateResponse get(OrganizationId organization, Actor actor, @PathVariable String key) {
		EmailTemplateSource source = templates.source(organization, actor, key);
		return TemplateResponse.of(defaults.find(key).orElseThrow(), source);
	}

	@PutMapping("/{key}")
	@Operation(summary = "Saves the organization's version; unknown variables or unbalanced sections answer 400")
	TemplateResponse put(OrganizationId organization, Actor actor, @PathVariable String key,
			@Valid @RequestBody TemplateRequest body) {
		EmailTemplateSource saved = templates.save(organization, actor, key, body.subject(), body.html(), body.text());
		return TemplateResponse.of(defaults.find(key).orElseThrow(), saved);
	}

	@DeleteMapping("/{key}")
	@Operation(summary = "Back to the shipped default")
	TemplateResponse reset(OrganizationId organization, Actor actor, @PathVariable String key) {
		EmailTemplateSource source = templates.reset(organization, actor, key);
		return TemplateResponse.of(defaults.find(key).orElseThrow(), source);
	}

	@PostMapping("/{key}/preview")
	@Operation(summary = "The email as it would be sent (sanitized HTML in the mail layout, and plain text) with sample values")
	RenderedEmail preview(OrganizationId organization, Actor actor, @PathVariable String key,
			@Valid @RequestBody(required = false) @Nullable PreviewRequest body) {
		EmailTemplates.Draft draft = body == null || body.draft() == null ? null
				: new EmailTemplates.Draft(body.draft().subject(), body.draft().html(), body.draft().text());
		return templates.preview(organization, actor, key, draft,
				body == null || body.variables() == null ? Map.of() : body.variables());
	}
}
