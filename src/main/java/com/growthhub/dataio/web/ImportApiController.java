package com.growthhub.dataio.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.contacts.ContactImports.BadValues;
import com.growthhub.contacts.ContactImports.DedupePolicy;
import com.growthhub.dataio.internal.ImportJobs;
import com.growthhub.dataio.internal.ImportStarter;
import com.growthhub.dataio.internal.ImportUploads;
import com.growthhub.dataio.internal.ImportView;
import com.growthhub.dataio.internal.ImportTemplate;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Imports for programs; the two CSV downloads also serve the links on the import pages ({@code /imports/...}). */
@RestController
@Tag(name = "Imports", description = "CSV imports of contacts: template, upload with mapping, progress, errors, cancel, undo")
class ImportApiController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportUploads uploads;
	private final ImportStarter starter;
	private final ImportJobs imports;
	private final ImportTemplate template;

	ImportApiController(ImportUploads uploads, ImportStarter starter, ImportJobs imports, ImportTemplate template) {
		this.uploads = uploads;
		this.starter = starter;
		this.imports = imports;
		this.template = template;
	}

	@GetMapping(path = { "/api/v1/imports/template.csv", "/imports/template.csv" }, produces = "text/csv")
	@Operation(summary = "A CSV template: the mandatory and optional fields, your custom fields, and two example rows")
	ResponseEntity<String> template(OrganizationId organization) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contacts-template.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(template.csv(organization));
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Uploads a CSV (up to 1 GB) and starts importing it; answers 202 with the job",
			description = "mapping: a JSON object of column → target (firstName, lastName, email, phone, company, jobTitle, "
					+ "linkedinUrl, industry, businessType, networkType, priority, campaign, adPlatform, notes, cf.<key>, "
					+ "new (creates a text custom field) or skip); columns left out are mapped by their header, and a header "
					+ "that names no field becomes a new text custom field (beyond the 50-field limit, or in privacy mode, "
					+ "the column is skipped and listed in skippedColumns). "
					+ "dedupePolicy: create_only, update_existing or upsert (default). listId or listName: a list to add "
					+ "every imported contact to. tags: tag ids to apply. badValues: skip_row (default: a row with a bad "
					+ "custom field value is not imported) or skip_field (the row is imported without that value, which is "
					+ "listed in errors as customFields.<key> and counted in totals.fieldsSkipped). fillEmptyOnly: true to "
					+ "only fill the empty fields of matched contacts (absent custom fields included), never replacing a value.")
	ImportView start(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String mapping,
			@RequestParam(defaultValue = "upsert") DedupePolicy dedupePolicy,
			@RequestParam(required = false) @Nullable UUID listId, @RequestParam(required = false) @Nullable String listName,
			@RequestParam(required = false) @Nullable List<UUID> tags,
			@Parameter(description = "What a bad custom field value costs: its row (skip_row) or only itself (skip_field)")
			@RequestParam(defaultValue = "skip_row") BadValues badValues,
			@Parameter(description = "Only fill the empty fields of matched contacts; never replace a value")
			@RequestParam(defaultValue = "false") boolean fillEmptyOnly, OrganizationId organization, Actor actor)
			throws IOException {
		ImportStarter.Options options = new ImportStarter.Options(dedupePolicy, listId, listName,
				tags == null ? List.of() : tags, badValues, fillEmptyOnly);
		Map<String, String> columns = mapping(mapping);
		String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
		ImportUploads.Upload upload = uploads.receive(organization, name, file::transferTo);
		return starter.start(organization, actor, upload, columns, options);
	}

	/** The import page's policy field; the API binds the enum itself. */
	static DedupePolicy policy(String value) {
		try {
			return DedupePolicy.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new BadImportRequest("dedupePolicy must be create_only, update_existing or upsert");
		}
	}

	/** The import page's bad values field; the API binds the enum itself. */
	static BadValues badValues(String value) {
		try {
			return BadValues.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new BadImportRequest("badValues must be skip_row or skip_field");
		}
	}

	static @Nullable Map<String, String> mapping(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(json, new TypeReference<Map<String, String>>() {
			});
		}
		catch (JacksonException ex) {
			throw new BadImportRequest("mapping must be a JSON object of column name → target");
		}
	}

	static final class BadImportRequest extends com.growthhub.platform.web.ProblemException {

		BadImportRequest(String detail) {
			super(HttpStatus.BAD_REQUEST, "Invalid import", detail);
		}
	}

	@GetMapping("/api/v1/imports")
	@Operation(summary = "Past and running imports, newest first, keyset-paged with nextCursor")
	ImportJobs.Page list(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "20") int limit, OrganizationId organization) {
		return imports.list(organization, cursor, limit);
	}

	@GetMapping("/api/v1/imports/{id}")
	@Operation(summary = "One import: status, progress (0-100), totals and the first 100 row errors")
	ImportView get(@PathVariable UUID id, OrganizationId organization) {
		return imports.find(organization, id);
	}

	@GetMapping(path = { "/api/v1/imports/{id}/errors.csv", "/imports/{id}/errors.csv" }, produces = "text/csv")
	@Operation(summary = "The rows that failed as they were in the file, with an error column, ready to fix and import again")
	ResponseEntity<Resource> errors(@PathVariable UUID id, OrganizationId organization) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-errors-" + id + ".csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(new FileSystemResource(imports.errorFile(organization, id)));
	}

	@PostMapping("/api/v1/imports/{id}/cancel")
	@Operation(summary = "Cancels a pending or running import; nothing of it is applied")
	ImportView cancel(@PathVariable UUID id, OrganizationId organization, Actor actor) {
		return imports.cancel(organization, actor, id);
	}

	@PostMapping("/api/v1/imports/{id}/undo")
	@Operation(summary = "Undoes a completed import within 30 days: created contacts go to the trash, updated fields "
			+ "get their old values, list memberships and tags it added are removed")
	ImportView undo(@PathVariable UUID id, OrganizationId organization, Actor actor) {
		return imports.undo(organization, actor, id);
	}

	@GetMapping(path = "/api/v1/imports/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events: 'ready', then 'progress' {progress, processed, failed} and 'status' {status}")
	SseEmitter stream(@PathVariable UUID id, OrganizationId organization) {
		return imports.follow(organization, id);
	}
}
