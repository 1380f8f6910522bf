package com.growthhub.analytics.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.analytics.internal.CampaignDraft;
import com.growthhub.analytics.internal.CampaignManagement;
import com.growthhub.analytics.internal.KpiEventInputException;
import com.growthhub.analytics.internal.MonthlySpend;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Marketing campaigns with their platform, UTM values and spend month by month")
class CampaignApiController {

	private final CampaignManagement campaigns;
	private final JsonMapper json;

	CampaignApiController(CampaignManagement campaigns, JsonMapper json) {
		this.campaigns = campaigns;
		this.json = json;
	}

	record SpendRequest(@Nullable Long amountCents) {
	}

	@GetMapping
	@Operation(summary = "Campaigns, newest first, keyset-paged; filter by platform and status")
	CampaignResponse.Page list(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable CampaignPlatform platform,
			@RequestParam(required = false) @Nullable CampaignStatus status,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + CampaignManagement.DEFAULT_LIMIT) int limit) {
		return CampaignResponse.of(campaigns.list(organization, actor, platform, status, PageCursor.parse(cursor), limit));
	}

	@PostMapping
	@Operation(summary = "Creates a campaign (name unique in the organization: 409 otherwise)")
	ResponseEntity<CampaignResponse> create(OrganizationId organization, Actor actor, @RequestBody CampaignRequest body) {
		UUID id = campaigns.create(organization, actor, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id))
			.body(CampaignResponse.of(campaigns.get(organization, actor, id)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One campaign with its spend month by month")
	CampaignResponse get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return CampaignResponse.of(campaigns.get(organization, actor, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes the fields given (null clears an optional one)")
	CampaignResponse edit(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody Map<String, Object> body) {
		CampaignDraft current = CampaignDraft.of(campaigns.get(organization, actor, id).campaign());
		Map<String, Object> merged = new LinkedHashMap<>(json.convertValue(CampaignRequest.of(current), Map.class));
		merged.putAll(body);
		CampaignRequest changed;
		try {
			changed = json.convertValue(merged, CampaignRequest.class);
		}
		catch (RuntimeException ex) {
			throw KpiEventInputException.campaignField("body", "has a field of the wrong type or an unknown value");
		}
		campaigns.update(organization, actor, id, changed.toDraft());
		return CampaignResponse.of(campaigns.get(organization, actor, id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a campaign; its KPI events and past reports keep naming it")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		campaigns.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/spend/{month}")
	@Operation(summary = "Sets the campaign's spend of one month (yyyy-mm) in its currency: {amountCents}")
	MonthlySpendResponse spend(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable String month, @RequestBody SpendRequest body) {
		MonthlySpend spend = campaigns.spend(organization, actor, id, CampaignManagement.month(month), body.amountCents());
		return new MonthlySpendResponse(spend.month().toString(), spend.amountCents());
	}

	record MonthlySpendResponse(String month, long amountCents) {
	}
}
