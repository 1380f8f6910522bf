package com.growthhub.contacts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.ContactLists;
import com.growthhub.contacts.internal.ContactQuery;
import com.growthhub.contacts.internal.ContactSearch;
import com.growthhub.contacts.internal.CustomFieldDefinition;
import com.growthhub.contacts.internal.CustomFields;
import com.growthhub.contacts.internal.Tags;
import com.growthhub.identity.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact setup", description = "Custom fields, tags and lists")
class ContactSetupApiController {

	private final CustomFields customFields;
	private final Tags tags;
	private final ContactLists lists;
	private final ContactSearch search;

	ContactSetupApiController(CustomFields customFields, Tags tags, ContactLists lists, ContactSearch search) {
		this.customFields = customFields;
		this.tags = tags;
		this.lists = lists;
		this.search = search;
	}

	record CustomFieldRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,49}",
			message = "must be lower-case letters, digits and _ starting with a letter") String key,
			@NotBlank @Size(max = 100) String label, @NotNull CustomFieldDefinition.FieldType type,
			@Size(max = 100) List<String> options, Boolean required, Integer position) {
	}

	record CustomFieldChange(@Size(min = 1, max = 100) String label, @Size(max = 100) List<String> options,
			Boolean required, Integer position) {
	}

	record TagRequest(@NotBlank @Size(max = 60) String name,
			@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a color like #6366f1") String color) {
	}

	record TagChange(@Size(min = 1, max = 60) String name,
			@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a color like #6366f1") String color) {
	}

	record ListRequest(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description) {
	}

	record ListChange(@Size(min = 1, max = 120) String name, @Size(max = 1000) String description) {
	}

	record MembersRequest(@NotEmpty @Size(max = 10000) List<@NotNull UUID> contactIds) {
	}

	@GetMapping("/custom-fields")
	@Operation(summary = "The organization's custom fields")
	Map<String, List<CustomFieldDefinition>> listFields() {
		return Map.of("items", customFields.list());
	}

	@PostMapping("/custom-fields")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Define a custom field (at most 50; admins)")
	ResponseEntity<CustomFieldDefinition> createField(@Valid @RequestBody CustomFieldRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(customFields.create(body.key(), body.label(), body.type(),
					body.options() == null ? List.of() : body.options(), Boolean.TRUE.equals(body.required()),
					body.position() == null ? 0 : body.position()));
	}

	@PatchMapping("/custom-fields/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a custom field's label, options, required flag or position (key and type are fixed)")
	CustomFieldDefinition updateField(@PathVariable UUID id, @Valid @RequestBody CustomFieldChange body) {
		return customFields.update(id, body.label(), body.options(), body.required(), body.position());
	}

	@DeleteMapping("/custom-fields/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a custom field and its values")
	ResponseEntity<Void> deleteField(@PathVariable UUID id) {
		customFields.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tags")
	@Operation(summary = "Tags with their contact counts")
	Map<String, List<Tags.TagView>> listTags() {
		return Map.of("items", tags.list());
	}

	@PostMapping("/tags")
	@Operation(summary = "Create a tag (name unique per organization)")
	ResponseEntity<Tags.TagView> createTag(@Valid @RequestBody TagRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(tags.create(body.name(), body.color()));
	}

	@PatchMapping("/tags/{id}")
	@Operation(summary = "Rename or recolor a tag")
	Tags.TagView updateTag(@PathVariable UUID id, @Valid @RequestBody TagChange body) {
		return tags.update(id, body.name(), body.color());
	}

	@DeleteMapping("/tags/{id}")
	@Operation(summary = "Delete a tag (it leaves every contact)")
	ResponseEntity<Void> deleteTag(@PathVariable UUID id) {
		tags.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/lists")
	@Operation(summary = "Lists with exact member counts")
	Map<String, List<ContactLists.ListView>> listLists() {
		return Map.of("items", lists.list());
	}

	@PostMapping("/lists")
	@Operation(summary = "Create a list (name unique per organization)")
	ResponseEntity<ContactLists.ListView> createList(@Valid @RequestBody ListRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(lists.create(body.name(), body.description()));
	}

	@PatchMapping("/lists/{id}")
	@Operation(summary = "Rename a list or change its description")
	ContactLists.ListView updateList(@PathVariable UUID id, @Valid @RequestBody ListChange body) {
		return lists.update(id, body.name(), body.description());
	}

	@DeleteMapping("/lists/{id}")
	@Operation(summary = "Delete a list (its contacts stay)")
	ResponseEntity<Void> deleteList(@PathVariable UUID id) {
		lists.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/lists/{id}/members")
	@Operation(summary = "The list's contacts, keyset-paged like GET /contacts")
	ContactSearch.Page members(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		lists.get(id);
		return search.find(user, new ContactQuery(null, null, null, null, id, null, null, null, null, null, Map.of(),
				ContactQuery.Sort.NAME, cursor, limit, false));
	}

	@PostMapping("/lists/{id}/members")
	@Operation(summary = "Add contacts to a list")
	ContactLists.ListView addMembers(@PathVariable UUID id, @Valid @RequestBody MembersRequest body) {
		return lists.addMembers(id, body.contactIds());
	}

	@DeleteMapping("/lists/{id}/members")
	@Operation(summary = "Remove contacts from a list")
	ContactLists.ListView removeMembers(@PathVariable UUID id, @Valid @RequestBody MembersRequest body) {
		return lists.removeMembers(id, body.contactIds());
	}

}
