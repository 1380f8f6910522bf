package com.growthhub.contacts.web;

import java.time.Instant;
import java.util.HashMap;
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

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.InteractionLog;
import com.growthhub.contacts.internal.Interactions;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "Contacts and leads, their lifecycle and timeline")
class ContactApiController {

	private final Contacts contacts;
	private final ContactSearch search;
	private final InteractionLog interactionLog;

	ContactApiController(Contacts contacts, ContactSearch search, InteractionLog interactionLog) {
		this.contacts = contacts;
		this.search = search;
		this.interactionLog = interactionLog;
	}

	record ConvertRequest(@NotNull ContactType toType, @Size(max = 40) String status) {
	}

	record InteractionRequest(@NotNull @Size(min = 2, max = 40) String type, @Size(max = 20000) String text,
			Instant occurredAt, Map<String, Object> payload) {
	}

	@GetMapping
	@Operation(summary = "List and search contacts",
			description = "Filters q, type, status, tag, listId, ownerId, source, campaign (its name), campaignId, createdFrom, createdTo and "
					+ "cf.<key>=value. q finds the starts of words of names, companies, job titles and email addresses "
					+ "(accents and case aside, typos forgiven), part of an email address with @ (ada@analyt, @analytical), "
					+ "and phone numbers in any format by their last digits (555-0101, +1 (415) 555-0101). sort is "
					+ "updated|created|name|email|company|type|score|lastInteraction, optionally followed by ,asc or ,desc "
					+ "(without it: names, emails, companies and types ascending, the others descending); blank emails, "
					+ "companies and interactions come last either way. Keyset paging with cursor/nextCursor; limit up to "
					+ "200. deleted=true lists the trash. The first page carries total, the number of contacts that match: "
					+ "exact when totalExact is true, otherwise there are more than total.")
	ContactSearch.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ContactType type,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable UUID tag,
			@RequestParam(required = false) @Nullable UUID listId, @RequestParam(required = false) @Nullable UUID ownerId,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String campaign,
			@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable Instant createdFrom,
			@RequestParam(required = false) @Nullable Instant createdTo,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "false") boolean deleted,
			@Parameter(hidden = true) @RequestParam Map<String, String> all) {
		Map<String, String> customFields = new HashMap<>();
		all.forEach((key, value) -> {
			if (key.startsWith("cf.")) {
				customFields.put(key.substring(3), value);
			}
		});
		return search.find(organization, actor, new ContactQuery(q, type, status, tag, listId, ownerId, source, campaign,
				createdFrom, createdTo, customFields, ContactQuery.Sort.fromKey(sort), cursor, limit, deleted, campaignId));
	}

	@PostMapping
	@Operation(summary = "Create a contact", description = "A duplicate email answers 409 with existingId; privacy mode refusals "
			+ "answer 422. The campaign is named by campaignId (one of the organization's campaigns, else 400) or by "
			+ "campaign, a name: an existing campaign's in any case, or a new campaign by that name.")
	ResponseEntity<ContactView> create(OrganizationId organization, Actor actor,
			@RequestBody Map<String, @Nullable Object> body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(contacts.create(organization, actor, body));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One contact")
	ContactView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return contacts.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change some fields (absent fields stay, null clears), tags and customFields included")
	ContactView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody Map<String, @Nullable Object> body) {
		return contacts.update(organization, actor, id, body);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Move a contact to the trash (restorable until the retention period ends)")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		contacts.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Bring a contact back from the trash")
	ContactView restore(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return contacts.restore(organization, actor, id);
	}

	@PostMapping("/{id}/convert")
	@Operation(summary = "Move a contact forward: target → contact → plug/lead → lead → client; others answer 409")
	ContactView convert(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ConvertRequest body) {
		return contacts.convert(organization, actor, id, body.toType(), body.status());
	}

	@GetMapping("/{id}/interactions")
	@Operation(summary = "The contact's timeline, newest first, keyset-paged")
	Interactions.Page timeline(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return interactionLog.timeline(organization, actor, id, cursor, limit);
	}

	@PostMapping("/{id}/interactions")
	@Operation(summary = "Log an interaction; updates last interaction and lead score")
	ResponseEntity<Interactions.InteractionView> log(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody InteractionRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(interactionLog.log(organization, actor, id, body.type(), body.text(), body.occurredAt(),
					body.payload() == null ? Map.of() : body.payload()));
	}

}
