package com.growthhub.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
import com.growthhub.identity.internal.AccountSecurity;
import com.growthhub.identity.internal.AuthSessions;
import com.growthhub.identity.internal.Organizations;
import com.growthhub.identity.internal.UserAccount;
import com.growthhub.platform.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Me", description = "The signed-in user, their sessions and second factor")
class MeApiController {

	/** Absent is fine; given, a text must have a character that is not a space. */
	private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

	private final AccountSecurity accountSecurity;
	private final Organizations organizations;
	private final AuthSessions sessions;

	MeApiController(AccountSecurity accountSecurity, Organizations organizations, AuthSessions sessions) {
		this.accountSecurity = accountSecurity;
		this.organizations = organizations;
		this.sessions = sessions;
	}

	/** @param timeZone the zone I read times in; absent when I follow the organization's */
	record MeResponse(UUID id, String email, String firstName, String lastName, @Nullable String timeZone,
			boolean emailVerified, boolean totpEnabled, @Nullable UUID organizationId, @Nullable Role role,
			List<Organizations.MyOrganization> organizations) {
	}

	/**
	 * Absent fields stay. The time zone arrives as a JSON node so that an explicit {@code null} (a null node) goes back
	 * to the organization's zone while an absent one (no node) keeps mine.
	 */
	record ProfileRequest(@Nullable @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String firstName,
			@Nullable @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String lastName,
			@Schema(type = "string", nullable = true, example = "Europe/Berlin") @Nullable JsonNode timeZone) {
	}

	record EnableTotpRequest(@NotBlank @Size(max = 64) String secret,
			@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be 6 digits") String code) {
	}

	record DisableTotpRequest(@NotNull @Size(max = 1024) String currentPassword) {
	}

	@GetMapping("/me")
	@Operation(summary = "Who am I, in which organization, with which role")
	MeResponse me(@AuthenticationPrincipal CurrentUser user) {
		UserAccount account = accountSecurity.account(user);
		return new MeResponse(account.id(), account.email(), account.firstName(), account.lastName(),
				account.timeZone(), account.isVerified(), account.hasTotp(), user.organizationId(), user.role(),
				organizations.mine(user.userId()));
	}

	@PatchMapping("/me")
	@Operation(summary = "Change my name or the time zone I read times in (null: the organization's)")
	MeResponse updateProfile(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProfileRequest body) {
		JsonNode zone = body.timeZone();
		if (zone != null) {
			// Anything but a text or null is no zone either, and is refused as one.
			accountSecurity.changeTimeZone(user, zone.isNull() ? null : zone.isString() ? zone.asString() : zone.toString());
		}
		if (body.firstName() != null || body.lastName() != null) {
			accountSecurity.updateProfile(user, body.firstName(), body.lastName());
		}
		return me(user);
	}

	@PostMapping("/me/totp/setup")
	@Operation(summary = "Start enabling an authenticator app: a secret and its QR code")
	AccountSecurity.AuthenticatorSetup prepareTotp(@AuthenticationPrincipal CurrentUser user) {
		return accountSecurity.prepareAuthenticator(user.email());
	}

	@PostMapping("/me/totp")
	@Operation(summary = "Enable the authenticator app by confirming a code; other sessions end")
	Map<String, Object> enableTotp(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody EnableTotpRequest body) {
		accountSecurity.enableAuthenticator(user, body.secret(), body.code());
		return Map.of("totpEnabled", true);
	}

	@DeleteMapping("/me/totp")
	@Operation(summary = "Disable the authenticator app (needs the password); other sessions end")
	Map<String, Object> disableTotp(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody DisableTotpRequest body) {
		accountSecurity.disableAuthenticator(user, body.currentPassword());
		return Map.of("totpEnabled", false);
	}

	@GetMapping("/sessions")
	@Operation(summary = "My active sessions (browsers and API sign-ins)")
	Map<String, Object> sessions(@AuthenticationPrincipal CurrentUser user) {
		return Map.of("items", sessions.active(user.userId()).stream().map(s -> describe(s, user)).toList());
	}

	@GetMapping("/sessions/{id}")
	@Operation(summary = "One of my active sessions")
	Map<String, Object> session(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return sessions.active(user.userId()).stream().filter(s -> s.id().equals(id)).findFirst()
			.map(s -> describe(s, user))
			.orElseThrow(() -> NotFoundException.of("Session"));
	}

	private static Map<String, Object> describe(AuthSessions.SessionView s, CurrentUser user) {
		return Map.<String, Object>of("id", s.id(), "channel", s.channel().name().toLowerCase(), "userAgent",
				String.valueOf(s.userAgent()), "ipAddress", String.valueOf(s.ipAddress()), "createdAt", s.createdAt(),
				"lastSeenAt", s.lastSeenAt(), "expiresAt", s.expiresAt(), "current", s.id().equals(user.sessionId()));
	}

	@DeleteMapping("/sessions/{id}")
	@Operation(summary = "End one of my sessions")
	ResponseEntity<Void> endSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		if (!sessions.revokeOwn(user.userId(), id)) {
			throw NotFoundException.of("Session");
		}
		return ResponseEntity.noContent().build();
	}
}
