package com.growthhub.messaging.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.tracking.Suppressions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/email-suppressions")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Email suppressions", description = "Addresses the organization no longer emails (owners and admins)")
class EmailSuppressionApiController {

	private final Suppressions suppressions;

	EmailSuppressionApiController(Suppressions suppressions) {
		this.suppressions = suppressions;
	}

	record SuppressionRequest(@NotBlank @Email @Size(max = 320) String address) {
	}

	@GetMapping
	@Operation(summary = "Blocked addresses, newest first: hard bounces (bounced), spam complaints (complained), by hand (manual)")
	Map<String, List<Suppressions.Suppression>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", suppressions.list(organization, actor));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Blocks an address by hand; blocking one already blocked keeps its first reason")
	Suppressions.Suppression block(OrganizationId organization, Actor actor, @Valid @RequestBody SuppressionRequest body) {
		return suppressions.block(organization, actor, body.address());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Unblocks an address: the organization's email reaches it again")
	Suppressions.Suppression remove(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return suppressions.remove(organization, actor, id);
	}
}
