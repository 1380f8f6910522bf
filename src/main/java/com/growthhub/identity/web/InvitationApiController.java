package com.growthhub.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.identity.internal.Invitations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Invitations", description = "Invite people by email with a role")
class InvitationApiController {

	private final Invitations invitations;

	InvitationApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	record InviteRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role) {
	}

	record AcceptRequest(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 100) String firstName,
			@NotBlank @Size(max = 100) String lastName, @NotNull @Size(max = 1024) String password) {
	}

	@GetMapping("/invitations")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Invitations of the current organization (admins)")
	Map<String, List<Invitations.InvitationView>> list(OrganizationId organization) {
		return Map.of("items", invitations.list(organization));
	}

	@PostMapping("/invitations")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Invite an email address with a role; the link is valid 7 days")
	ResponseEntity<Invitations.InvitationView> invite(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody InviteRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(invitations.invite(user, body.email(), body.role()));
	}

	@GetMapping("/invitations/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "One invitation of the current organization (admins)")
	Invitations.InvitationView get(@PathVariable UUID id, OrganizationId organization) {
		return invitations.list(organization).stream().filter(i -> i.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("Invitation"));
	}

	@DeleteMapping("/invitations/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Revoke a pending invitation")
	ResponseEntity<Void> revoke(@PathVariable UUID id, OrganizationId organization, Actor actor) {
		invitations.revoke(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/auth/invitations/preview")
	@Operation(summary = "What an invitation link is for (organization, email, role)")
	Invitations.Preview preview(@RequestParam @Size(max = 200) String token) {
		return invitations.preview(token);
	}

	@PostMapping("/auth/invitations/accept")
	@Operation(summary = "Accept an invitation as a new user: set a name and password and join")
	ResponseEntity<Map<String, Object>> accept(@Valid @RequestBody AcceptRequest body) {
		UUID userId = invitations.acceptAsNewUser(body.token(), body.firstName(), body.lastName(), body.password());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("userId", userId));
	}

	@PostMapping("/invitations/accept")
	@Operation(summary = "Accept an invitation sent to my address, as the signed-in user")
	Map<String, Object> acceptSignedIn(@AuthenticationPrincipal CurrentUser user,
			@RequestBody Map<String, @Size(max = 200) String> body) {
		return Map.of("organizationId", invitations.acceptAsExistingUser(String.valueOf(body.get("token")), user));
	}
}
