package com.growthhub.analytics.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.commissions.ProviderDraft;
import com.growthhub.analytics.internal.commissions.ProviderRole;
import com.growthhub.analytics.internal.commissions.ProviderView;
import com.growthhub.analytics.internal.commissions.Providers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "Providers", description = "The people who perform procedures and earn commissions (surgeons, nurses, "
		+ "injectors, consultants, reps); invoice lines name them")
class ProviderApiController {

	private final Providers providers;
	private final CommissionRecordApi<ProviderView, ProviderDraft> api;

	ProviderApiController(Providers providers) {
		this.providers = providers;
		this.api = new CommissionRecordApi<>("/api/v1/providers", providers, ProviderView::id);
	}

	/** A provider; on PATCH, absent or null properties keep their value. */
	record ProviderRequest(@Nullable String name, @Nullable ProviderRole role, @Nullable UUID memberUserId,
			@Nullable Boolean active) {

		ProviderDraft toDraft() {
			return new ProviderDraft(name, role, memberUserId, active == null || active);
		}

		ProviderDraft applyTo(ProviderView current) {
			return new ProviderDraft(name != null ? name : current.name(), role != null ? role : current.role(),
					memberUserId != null ? memberUserId : current.memberUserId(),
					active != null ? active : current.active());
		}
	}

	@GetMapping
	@Operation(summary = "Providers, newest first, keyset-paged")
	Providers.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + Providers.DEFAULT_LIMIT) int limit) {
		return providers.list(organization, actor, PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Adds a provider: {name, role, memberUserId (optional), active (default true)}; managers and up")
	ResponseEntity<ProviderView> create(OrganizationId organization, Actor actor, @RequestBody ProviderRequest body) {
		return api.create(organization, actor, body.toDraft());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One provider")
	ProviderView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return providers.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes a provider's name, role, member or active flag")
	ProviderView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody ProviderRequest body) {
		return providers.patch(organization, actor, id, body::applyTo);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a provider that earned nothing (409 otherwise: deactivate it)")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return api.delete(organization, actor, id);
	}
}
