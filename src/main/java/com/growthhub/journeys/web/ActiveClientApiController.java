package com.growthhub.journeys.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.journeys.internal.ActiveClients;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/active-clients")
@Tag(name = "Active clients", description = "Contacts who agreed to services, with the services and prices")
class ActiveClientApiController {

	private final ActiveClients activeClients;

	ActiveClientApiController(ActiveClients activeClients) {
		this.activeClients = activeClients;
	}

	@GetMapping
	@Operation(summary = "Active clients, newest first, keyset-paged")
	ActiveClients.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "25") int limit) {
		return activeClients.list(organization, actor, PageCursor.parse(cursor), limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One active client with its services and journeys")
	ActiveClients.ActiveClient get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return activeClients.get(organization, actor, id);
	}
}
