package com.growthhub.contacts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.Contacts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Contacts", description = "Contacts and leads, their lifecycle and timeline")
class ContactRelatedApiController {

	private final Contacts contacts;
	private final ContactSections sections;

	ContactRelatedApiController(Contacts contacts, ContactSections sections) {
		this.contacts = contacts;
		this.sections = sections;
	}

	@GetMapping("/api/v1/contacts/{id}/related")
	@Operation(summary = "What the contact's page shows beside its fields, by section key",
			description = "deals (items: id, title, stageName, status, valueCents, currency), journeys (items: id, name, "
					+ "status, currentStep, stepsDone, stepsTotal) and lists (items and others: id, name), as the contact's "
					+ "page shows them. 404 for a contact of another organization or hidden from this member. To page or "
					+ "filter further use GET /api/v1/deals?contactId=, GET /api/v1/journeys?contactId= and "
					+ "GET /api/v1/contacts?listId=; POST and DELETE /api/v1/lists/{id}/members change list membership.")
	Map<String, Object> related(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		Map<String, Object> result = new LinkedHashMap<>();
		sections.of(organization, actor, contacts.get(organization, actor, id))
			.forEach(section -> result.put(section.key(), section.model()));
		return result;
	}
}
