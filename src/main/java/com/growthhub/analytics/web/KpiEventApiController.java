package com.growthhub.analytics.web;

import org.springframework.http.HttpStatus;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.KpiEventInputException;
import com.growthhub.analytics.internal.KpiEventLog;
import com.growthhub.analytics.internal.KpiEventView;
import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/kpi-events")
@Tag(name = "KPI events", description = "Ad clicks, consults booked and held, revenue: recorded once each from what "
		+ "the other modules report, or sent by a program with an Idempotency-Key")
class KpiEventApiController {

	private final KpiEventLog log;
	private final OrganizationZones zones;

	KpiEventApiController(KpiEventLog log, OrganizationZones zones) {
		this.log = log;
		this.zones = zones;
	}

	@GetMapping
	@Operation(summary = "KPI events, newest first, keyset-paged; filter by kind, campaignId, contactId, from and to "
			+ "(instants, or dates: days in the organization's time zone, inclusive)")
	KpiEventLog.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String campaignId,
			@RequestParam(required = false) @Nullable String contactId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + KpiEventLog.DEFAULT_LIMIT) int limit) {
		return log.list(organization, actor, KpiEventFilterParams.parse(kind, campaignId, contactId, from, to,
				zones.of(organization)),
				PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Records a KPI event once per Idempotency-Key (required): 201 the first time, 200 with the same "
			+ "event when the key is sent again", description = "occurredAt must not be in the future; invoice_paid "
					+ "needs a positive valueCents and a currency, the other kinds neither. Another organization's "
					+ "campaignId or contactId answers 404.")
	ResponseEntity<KpiEventView> record(OrganizationId organization, Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestBody KpiEventRequest body) {
		if (idempotencyKey == null) {
			throw KpiEventInputException.field("Idempotency-Key", "header is required");
		}
		KpiEventLog.Ingested ingested = log.ingest(organization, actor, idempotencyKey, body.toDraft(organization));
		return ingested.created()
				? ResponseEntity.status(HttpStatus.CREATED).body(ingested.event())
				: ResponseEntity.ok(ingested.event());
	}
}
