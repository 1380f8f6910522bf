package com.growthhub.contacts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.fields.ContactLists;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact setup", description = "Custom fields, tags and lists")
class ListApiController {

	private final ContactLists lists;
	private final ContactSearch search;

	ListApiController(ContactLists lists, ContactSearch search) {
		this.lists = lists;
		this.search = search;
	}

	record ListRequest(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description) {
	}

	record ListChange(@Size(min = 1, max = 120) String name, @Size(max = 1000) String description) {
	}

	record MembersRequest(@NotEmpty @Size(max = 10000) List<@NotNull UUID> contactIds) {
	}

	@GetMapping("/lists")
	@Operation(summary = "Lists with exact member counts")
	Map<String, List<ContactLists.ListView>> listLists(OrganizationId organization) {
		return Map.of("items", lists.list(organization));
	}

	@PostMapping("/lists")
	@Operation(summary = "Create a list (name unique per organization)")
	ResponseEntity<ContactLists.ListView> createList(OrganizationId organization, Actor actor,
			@Valid @RequestBody ListRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(lists.create(organization, actor, body.name(), body.description()));
	}

	@GetMapping("/lists/{id}")
	@Operation(summary = "One list with its exact member count")
	ContactLists.ListView getList(OrganizationId organization, @PathVariable UUID id) {
		return lists.get(organization, id);
	}

	@PatchMapping("/lists/{id}")
	@Operation(summary = "Rename a list or change its description")
	ContactLists.ListView updateList(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ListChange body) {
		return lists.update(organization, actor, id, body.name(), body.description());
	}

	@DeleteMapping("/lists/{id}")
	@Operation(summary = "Delete a list (its contacts stay)")
	ResponseEntity<Void> deleteList(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		lists.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/lists/{id}/members")
	@Operation(summary = "The list's contacts, keyset-paged like GET /contacts")
	ContactSearch.Page members(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		lists.get(organization, id);
		return search.find(organization, actor, new ContactQuery(null, null, null, null, id, null, null, null, null, null,
				Map.of(), ContactQuery.Sort.by(ContactQuery.Key.NAME), cursor, limit, false));
	}

	@PostMapping("/lists/{id}/members")
	@Operation(summary = "Add contacts to a list")
	ContactLists.ListView addMembers(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody MembersRequest body) {
		return lists.addMembers(organization, actor, id, body.contactIds());
	}

	@DeleteMapping("/lists/{id}/members")
	@Operation(summary = "Remove contacts from a list")
	ContactLists.ListView removeMembers(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody MembersRequest body) {
		return lists.removeMembers(organization, actor, id, body.contactIds());
	}
}
