package com.growthhub.contacts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact setup", description = "Custom fields, tags and lists")
class CustomFieldApiController {

	private final CustomFields customFields;

	CustomFieldApiController(CustomFields customFields) {
		this.customFields = customFields;
	}

	record CustomFieldRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,49}",
			message = "must be lower-case letters, digits and _ starting with a letter") String key,
			@NotBlank @Size(max = 100) String label, @NotNull CustomFieldDefinition.FieldType type,
			@Size(max = 100) List<String> options, Boolean required, Integer position) {
	}

	record CustomFieldChange(@Size(min = 1, max = 100) String label, @Size(max = 100) List<String> options,
			Boolean required, Integer position) {
	}

	@GetMapping("/custom-fields")
	@Operation(summary = "The organization's custom fields")
	Map<String, List<CustomFieldDefinition>> listFields(OrganizationId organization) {
		return Map.of("items", customFields.list(organization));
	}

	@PostMapping("/custom-fields")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Define a custom field (at most 50; admins)")
	ResponseEntity<CustomFieldDefinition> createField(OrganizationId organization, Actor actor,
			@Valid @RequestBody CustomFieldRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(customFields.create(organization, actor, body.key(), body.label(), body.type(),
					body.options() == null ? List.of() : body.options(), Boolean.TRUE.equals(body.required()),
					body.position() == null ? 0 : body.position()));
	}

	@GetMapping("/custom-fields/{id}")
	@Operation(summary = "One custom field")
	CustomFieldDefinition getField(OrganizationId organization, @PathVariable UUID id) {
		return customFields.get(organization, id);
	}

	@PatchMapping("/custom-fields/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a custom field's label, options, required flag or position (key and type are fixed)")
	CustomFieldDefinition updateField(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody CustomFieldChange body) {
		return customFields.update(organization, actor, id, body.label(), body.options(), body.required(),
				body.position());
	}

	@DeleteMapping("/custom-fields/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a custom field and its values")
	ResponseEntity<Void> deleteField(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		customFields.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}
}
