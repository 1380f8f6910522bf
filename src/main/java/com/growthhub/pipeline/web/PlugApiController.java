package com.growthhub.pipeline.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.pipeline.internal.PlugSubmissions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Plugs", description = "Submitting a contact as a plug")
class PlugApiController {

	private final PlugSubmissions plugs;

	PlugApiController(PlugSubmissions plugs) {
		this.plugs = plugs;
	}

	@PostMapping("/api/v1/contacts/{id}/submit-plug")
	@Operation(summary = "Submit a contact as a plug (type plug, status submitted) and notify managers, admins and owners; 409 unless it is a contact")
	Map<String, Object> submit(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Map.of("contactId", id, "name", plugs.submit(organization, actor, id), "type", "plug", "status", "submitted");
	}
}
