package com.growthhub.contacts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact setup", description = "Custom fields, tags and lists")
class TagApiController {

	private final Tags tags;

	TagApiController(Tags tags) {
		this.tags = tags;
	}

	record TagRequest(@NotBlank @Size(max = 60) String name,
			@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a color like #6366f1") String color) {
	}

	record TagChange(@Size(min = 1, max = 60) String name,
			@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a color like #6366f1") String color) {
	}

	@GetMapping("/tags")
	@Operation(summary = "Tags with their contact counts")
	Map<String, List<Tags.TagView>> listTags(OrganizationId organization) {
		return Map.of("items", tags.list(organization));
	}

	@PostMapping("/tags")
	@Operation(summary = "Create a tag (name unique per organization)")
	ResponseEntity<Tags.TagView> createTag(OrganizationId organization, Actor actor,
			@Valid @RequestBody TagRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(tags.create(organization, actor, body.name(), body.color()));
	}

	@GetMapping("/tags/{id}")
	@Operation(summary = "One tag with its contact count")
	Tags.TagView getTag(OrganizationId organization, @PathVariable UUID id) {
		return tags.get(organization, id);
	}

	@PatchMapping("/tags/{id}")
	@Operation(summary = "Rename or recolor a tag")
	Tags.TagView updateTag(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody TagChange body) {
		return tags.update(organization, actor, id, body.name(), body.color());
	}

	@DeleteMapping("/tags/{id}")
	@Operation(summary = "Delete a tag (it leaves every contact)")
	ResponseEntity<Void> deleteTag(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		tags.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}
}
