package com.growthhub.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.identity.internal.Organization;
import com.growthhub.identity.internal.Organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organizations", description = "Organizations, the current one, and its members")
class OrganizationApiController {

	private final Organizations organizations;

	OrganizationApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	record NameRequest(@NotBlank @Size(max = 120) String name) {
	}

	record RoleRequest(@NotNull Role role) {
	}

	record OrganizationResponse(UUID id, String name, Instant createdAt) {
		static OrganizationResponse of(Organization organization) {
			return new OrganizationResponse(organization.id(), organization.name(), organization.createdAt());
		}
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations I belong to, with my role in each")
	Map<String, List<Organizations.MyOrganization>> mine(@AuthenticationPrincipal CurrentUser user) {
		return Map.of("items", organizations.mine(user.userId()));
	}

	@PostMapping("/organizations")
	@Operation(summary = "Create an organization; I become its owner")
	ResponseEntity<Organizations.MyOrganization> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NameRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(organizations.create(user.userId(), body.name()));
	}

	@GetMapping("/organization")
	@Operation(summary = "The current organization (selected by the token or X-Organization-Id)")
	OrganizationResponse current() {
		return OrganizationResponse.of(organizations.current());
	}

	@PatchMapping("/organization")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rename the current organization (admins)")
	OrganizationResponse rename(@Valid @RequestBody NameRequest body) {
		return OrganizationResponse.of(organizations.rename(body.name()));
	}

	@GetMapping("/members")
	@Operation(summary = "Members of the current organization")
	Map<String, List<Organizations.Member>> members(@AuthenticationPrincipal CurrentUser user) {
		user.organization();
		return Map.of("items", organizations.members());
	}

	@PatchMapping("/members/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a member's role (admins; only owners touch owners)")
	ResponseEntity<Void> changeRole(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody RoleRequest body) {
		organizations.changeRole(user, id, body.role());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/members/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Remove a member (admins)")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		organizations.remove(user, id);
		return ResponseEntity.noContent().build();
	}
}
