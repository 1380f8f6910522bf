package com.growthhub.journeys.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.Role;
import com.growthhub.journeys.internal.JourneyTemplates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/journey-templates")
@Tag(name = "Journey templates", description = "Named, ordered steps that client journeys are started from")
class JourneyTemplateApiController {

	private final JourneyTemplates templates;

	JourneyTemplateApiController(JourneyTemplates templates) {
		this.templates = templates;
	}

	record StepRequest(@NotBlank @Size(max = 200) String title, @NotNull @Min(0) @Max(3650) Integer dueOffsetDays,
			@NotNull Role assigneeRole) {

		JourneyTemplates.Step toStep() {
			return new JourneyTemplates.Step(title, dueOffsetDays, assigneeRole);
		}
	}

	record TemplateRequest(
			@Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 120) @Nullable String name,
			@Size(max = 100) @Nullable List<@Valid @NotNull StepRequest> steps) {

		@Nullable List<JourneyTemplates.Step> toSteps() {
			return steps == null ? null : steps.stream().map(StepRequest::toStep).toList();
		}
	}

	@GetMapping
	@Operation(summary = "The organization's journey templates with their steps, by name")
	Map<String, List<JourneyTemplates.Template>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", templates.list(organization, actor));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One journey template")
	JourneyTemplates.Template get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return templates.get(organization, actor, id);
	}

	@PostMapping
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Create a template (managers and up): name and ordered steps (title, dueOffsetDays ≥ 0, assigneeRole owner/admin/manager/member)")
	ResponseEntity<JourneyTemplates.Template> create(OrganizationId organization, Actor actor,
			@Valid @RequestBody TemplateRequest body) {
		List<JourneyTemplates.Step> steps = body.toSteps();
		JourneyTemplates.Template created = templates.create(organization, actor, body.name() == null ? "" : body.name(),
				steps == null ? List.of() : steps);
		return ResponseEntity.created(URI.create("/api/v1/journey-templates/" + created.id())).body(created);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Rename and/or replace the steps (managers and up) (in the given order); running journeys keep their own copies")
	JourneyTemplates.Template update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody TemplateRequest body) {
		return templates.update(organization, actor, id, body.name(), body.toSteps());
	}
}
