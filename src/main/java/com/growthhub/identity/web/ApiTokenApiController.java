package com.growthhub.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.ApiTokens;
import com.growthhub.platform.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/api-tokens")
@Tag(name = "API tokens", description = "Personal access tokens for programs, one organization each")
class ApiTokenApiController {

	private final ApiTokens tokens;

	ApiTokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record CreateTokenRequest(@NotBlank @Size(max = 100) String name, @Future Instant expiresAt) {
	}

	@GetMapping
	@Operation(summary = "My API tokens in the current organization (never their secrets)")
	Map<String, List<ApiTokens.TokenView>> list(@AuthenticationPrincipal CurrentUser user) {
		user.organization();
		return Map.of("items", tokens.mine(user));
	}

	@PostMapping
	@Operation(summary = "Create a token; its secret is in this answer only")
	ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateTokenRequest body) {
		user.organization();
		ApiTokens.Created created = tokens.create(user, body.name(), body.expiresAt());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", created.token(), "secret", created.secret()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of my API tokens (never its secret)")
	ApiTokens.TokenView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		user.organization();
		return tokens.mine(user).stream().filter(t -> t.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("API token"));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a token")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		user.organization();
		tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}
}
