package com.growthhub.contacts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.ExternalIds;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contact external ids", description = "A contact's ids on HubSpot, Salesforce, Google Sheets, GHL and CTM")
class ExternalIdApiController {

	private final ExternalIds externalIds;

	ExternalIdApiController(ExternalIds externalIds) {
		this.externalIds = externalIds;
	}

	record ExternalIdRequest(@NotBlank @Size(max = 200) String externalId) {
	}

	@GetMapping("/{id}/external-ids")
	@Operation(summary = "The contact's external ids")
	Map<String, List<ExternalIds.ExternalId>> list(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Map.of("items", externalIds.list(organization, actor, id));
	}

	@PutMapping("/{id}/external-ids/{platform}")
	@Operation(summary = "Set the contact's id on a platform (hubspot, salesforce, google_sheets, ghl, ctm)",
			description = "One per platform per contact; 409 when another contact of the organization has it.")
	ExternalIds.ExternalId put(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable String platform, @Valid @RequestBody ExternalIdRequest body) {
		return externalIds.put(organization, actor, id, platform, body.externalId());
	}

	@DeleteMapping("/{id}/external-ids/{platform}")
	@Operation(summary = "Remove the contact's id on a platform")
	ResponseEntity<Void> remove(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable String platform) {
		externalIds.remove(organization, actor, id, platform);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/by-external-id/{platform}/{externalId}")
	@Operation(summary = "The live contact with this external id, or 404")
	ContactView byExternalId(OrganizationId organization, Actor actor, @PathVariable String platform,
			@PathVariable String externalId) {
		return externalIds.contact(organization, actor, platform, externalId);
	}
}
