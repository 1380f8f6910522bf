package com.growthhub.identity.web;

import java.time.Instant;
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
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.OrganizationSettingsSection;
import com.growthhub.identity.Role;
import com.growthhub.identity.internal.Organization;
import com.growthhub.identity.internal.Organizations;
import com.growthhub.identity.internal.PreferenceValues;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

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
	private final List<OrganizationSettingsSection> sections;

	OrganizationApiController(Organizations organizations, List<OrganizationSettingsSection> sections) {
		this.organizations = organizations;
		this.sections = sections;
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
	@Operation(summary = "The current organization (selected by the token or X-Organization-Id) with its settings")
	Map<String, Object> current(OrganizationId organization) {
		return describe(organizations.get(organization));
	}

	@PatchMapping("/organization")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change the current organization's name and settings (admins)",
			description = "Accepts name, defaultCurrency (ISO 4217), timeZone (IANA id such as Europe/Berlin) and every "
					+ "module's settings, e.g. privacyMode, memberVisibility, defaultRegion.")
	Map<String, Object> update(@RequestBody Map<String, @Nullable Object> body, OrganizationId organization, Actor actor) {
		Map<String, @Nullable Object> remaining = new java.util.LinkedHashMap<>(body);
		Object name = remaining.remove("name");
		if (body.containsKey("name") && (!(name instanceof String text) || text.isBlank() || text.length() > 120)) {
			throw new InvalidSettingException("name", "must be 1 to 120 characters");
		}
		// Checked before any module's settings change, so a bad value changes nothing.
		String currency = body.containsKey("defaultCurrency")
				? PreferenceValues.currency("defaultCurrency", remaining.remove("defaultCurrency")) : null;
		String zone = body.containsKey("timeZone") ? PreferenceValues.zone("timeZone", remaining.remove("timeZone")) : null;
		for (OrganizationSettingsSection section : sections) {
			Map<String, @Nullable Object> own = new java.util.LinkedHashMap<>();
			section.keys().forEach(key -> {
				if (remaining.containsKey(key)) {
					own.put(key, remaining.remove(key));
				}
			});
			if (!own.isEmpty()) {
				section.update(organization, actor, own);
			}
		}
		if (!remaining.isEmpty()) {
			throw new InvalidSettingException(remaining.keySet().iterator().next(), "is not an organization setting");
		}
		if (currency != null || zone != null) {
			organizations.changePreferences(organization, actor, currency, zone);
		}
		return describe(name instanceof String text ? organizations.rename(organization, actor, text)
				: organizations.get(organization));
	}

	private Map<String, Object> describe(Organization organization) {
		Map<String, Object> result = new java.util.LinkedHashMap<>();
		result.put("id", organization.id());
		result.put("name", organization.name());
		result.put("defaultCurrency", organization.defaultCurrency());
		result.put("timeZone", organization.timeZone());
		result.put("createdAt", organization.createdAt());
		sections.forEach(section -> result.putAll(section.read(OrganizationId.of(organization.id()))));
		return result;
	}

	static final class InvalidSettingException extends com.growthhub.platform.web.ProblemException {
		InvalidSettingException(String field, String message) {
			super(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid setting", "'" + field + "' " + message + ".");
			withProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
	}

	@GetMapping("/members")
	@Operation(summary = "Members of the current organization")
	Map<String, List<Organizations.Member>> members(OrganizationId organization) {
		return Map.of("items", organizations.members(organization));
	}

	@GetMapping("/members/{id}")
	@Operation(summary = "One member of the current organization, by membership id")
	Organizations.Member member(@PathVariable UUID id, OrganizationId organization) {
		return organizations.members(organization).stream().filter(m -> m.membershipId().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("Member"));
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
