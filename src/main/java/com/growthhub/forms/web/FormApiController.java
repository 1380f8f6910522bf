package com.growthhub.forms.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.forms.internal.FormAnalytics;
import com.growthhub.forms.internal.FormDefinitions;
import com.growthhub.forms.internal.FormInputException;
import com.growthhub.forms.internal.FormSchema;
import com.growthhub.forms.internal.FormSubmissions;
import com.growthhub.forms.internal.SubmissionView;
import com.growthhub.forms.internal.FormVersionView;
import com.growthhub.forms.internal.FormView;
import com.growthhub.forms.internal.Forms;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Forms", description = "Lead-capture forms: a definition (fields, steps, conditions, theme, settings) "
		+ "checked against GET /api/v1/forms/schema.json; publishing freezes the draft as a version that the public "
		+ "endpoints /f/{formId} serve. Owners and admins only.")
class FormApiController {

	private final Forms forms;
	private final FormDefinitions definitions;
	private final FormSchema schema;
	private final FormSubmissions submissions;
	private final FormAnalytics analytics;
	private final SubmissionsCsv csv;

	FormApiController(Forms forms, FormDefinitions definitions, FormSchema schema, FormSubmissions submissions,
			FormAnalytics analytics, SubmissionsCsv csv) {
		this.csv = csv;
		this.analytics = analytics;
		this.forms = forms;
		this.submissions = submissions;
		this.definitions = definitions;
		this.schema = schema;
	}

	/** A form as a program writes it; {@code definition} follows the published schema. */
	record FormRequest(@Nullable String name, @Nullable JsonNode definition) {
	}

	record VersionPage(List<FormVersionView> items, @Nullable String nextCursor) {
	}

	@GetMapping(path = "/forms/schema.json", produces = { "application/schema+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The JSON Schema (draft 2020-12) every form definition is checked against")
	ResponseEntity<String> schema() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json")).body(schema.text());
	}

	@GetMapping("/forms")
	@Operation(summary = "Forms, most recently changed first, keyset-paged; q searches the name")
	Forms.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "25") int limit) {
		return forms.list(organization, actor, q, PageCursor.parse(cursor), limit);
	}

	@PostMapping(path = "/forms", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Creates a draft form; without a definition it starts with a first name and an email field")
	ResponseEntity<FormView> create(OrganizationId organization, Actor actor, @RequestBody FormRequest body) {
		FormView created = forms.create(organization, actor, name(body.name()),
				body.definition() == null ? null : definitions.read(body.definition()));
		return ResponseEntity.status(201).header("Location", "/api/v1/forms/" + created.id()).body(created);
	}

	@GetMapping("/forms/{id}")
	@Operation(summary = "One form with its draft definition; status says whether the draft is live (published), "
			+ "edited since the last publish (changed) or never published (draft)")
	FormView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return forms.get(organization, actor, id);
	}

	@PatchMapping(path = "/forms/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Changes the draft's name and/or definition (replaced whole); the live form is unchanged "
			+ "until the next publish")
	FormView update(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestBody FormRequest body) {
		return forms.update(organization, actor, id, body.name() == null ? null : name(body.name()),
				body.definition() == null ? null : definitions.read(body.definition()));
	}

	@DeleteMapping("/forms/{id}")
	@Operation(summary = "Deletes a form: its public page and endpoints answer 404 from then on")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		forms.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/forms/{id}/publish")
	@Operation(summary = "Freezes the draft as the next version and makes it live; 422 when it has no field mapped to "
			+ "email or phone")
	FormView publish(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return forms.publish(organization, actor, id);
	}

	@GetMapping("/forms/{id}/versions")
	@Operation(summary = "The published versions of a form, newest first; they never change")
	VersionPage versions(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new VersionPage(forms.versions(organization, actor, id), null);
	}

	@GetMapping("/forms/{id}/submissions")
	@Operation(summary = "A form's submissions, newest first, keyset-paged; status filters (queued, processed, "
			+ "quarantined, failed), q searches the answers")
	FormSubmissions.Page submissions(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) SubmissionView.@Nullable Status status,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		return submissions.list(organization, actor, id, status, q, PageCursor.parse(cursor), limit);
	}

	@GetMapping(path = "/forms/{id}/submissions.csv", produces = "text/csv")
	@Operation(summary = "A form's submissions as CSV with the list's filters (status, q), newest first: one column per "
			+ "field of the current definition; formula-like cells are neutralized")
	void csv(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) SubmissionView.@Nullable Status status,
			@RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
		csv.write(organization, actor, id, status, q, response);
	}

	@GetMapping("/forms/{id}/analytics")
	@Operation(summary = "Views, starts, submissions (quarantine excluded), conversion rate (submissions per view) and "
			+ "drop-off per step between from and to (days in UTC, inclusive; the last 30 days by default)")
	FormAnalytics.Funnel analytics(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) java.time.@Nullable LocalDate from,
			@RequestParam(required = false) java.time.@Nullable LocalDate to) {
		return analytics.funnel(organization, actor, id, from, to);
	}

	@PostMapping("/forms/submissions/{id}/release")
	@Operation(summary = "Releases a quarantined (or failed) submission into the queue: it is processed like any other; "
			+ "422 for a submission in another state")
	ResponseEntity<Void> release(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		submissions.release(organization, actor, id);
		return ResponseEntity.accepted().build();
	}

	private static String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw FormInputException.field("name", "is required");
		}
		if (name.strip().length() > 200) {
			throw FormInputException.field("name", "must be at most 200 characters");
		}
		return name;
	}
}
