package com.growthhub.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.NewClientAccount;
import com.growthhub.identity.internal.ClientAccountManagement;
import com.growthhub.platform.web.PageCursor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Client accounts", description = "An agency's client accounts: each is an organization of its own; act in "
		+ "one by sending its id as X-Organization-Id")
class ClientAccountApiController {

	private final ClientAccountManagement accounts;

	ClientAccountApiController(ClientAccountManagement accounts) {
		this.accounts = accounts;
	}

	record AccountRequest(@Nullable String name, @Nullable String clientType, @Nullable List<String> services,
			@Nullable String contactName, @Nullable String contactEmail) {
		NewClientAccount toNew() {
			return new NewClientAccount(name, clientType, services == null ? List.of() : services, contactName,
					contactEmail);
		}
	}

	record AccountChange(@Nullable String name, @Nullable String clientType, @Nullable List<String> services,
			@Nullable List<UUID> assignedMemberIds) {
	}

	record AccountResponse(UUID id, String name, String clientType, List<String> services, String contactName,
			String contactEmail, @Nullable UUID firstUserId, List<UUID> assignedMemberIds, Instant createdAt) {
		static AccountResponse of(ClientAccountManagement.Managed managed) {
			ClientAccount account = managed.account();
			return new AccountResponse(account.id().value(), account.name(), account.clientType(), account.services(),
					account.contactName(), account.contactEmail(), account.firstUserId(), managed.assignedMemberIds(),
					account.createdAt());
		}
	}

	record AccountPage(List<AccountResponse> items, @Nullable String nextCursor) {
	}

	@GetMapping
	@Operation(summary = "The current agency's client accounts I may open, oldest first, keyset-paged",
			description = "Owners, admins and managers see all of them; members those assigned to them.")
	AccountPage list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + ClientAccountManagement.DEFAULT_LIMIT) int limit) {
		ClientAccountManagement.Page page = accounts.list(user, PageCursor.parse(cursor), limit);
		return new AccountPage(page.items().stream().map(AccountResponse::of).toList(), page.nextCursor());
	}

	@PostMapping
	@Operation(summary = "Creates a client account (owners and admins): its organization and its first user, the contact "
			+ "person, with the client role, unverified and without a password",
			description = "clientType is a lower-case key such as medical; 409 when the contact email has an account.")
	ResponseEntity<AccountResponse> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody AccountRequest body) {
		AccountResponse created = AccountResponse.of(accounts.create(user, body.toNew()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One client account (404 when it is another agency's or not assigned to me)")
	AccountResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return AccountResponse.of(accounts.get(user, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes a client account's name, clientType, services or assignedMemberIds (owners and admins)",
			description = "Absent fields stay; assignedMemberIds replaces the assignments and must list the agency's members.")
	AccountResponse change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AccountChange body) {
		return AccountResponse.of(accounts.change(user, id, new ClientAccountManagement.Change(body.name(),
				body.clientType(), body.services(), body.assignedMemberIds())));
	}
}
