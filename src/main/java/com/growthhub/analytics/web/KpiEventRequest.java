package com.growthhub.analytics.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.KpiKind;
import com.growthhub.analytics.internal.KpiEventDraft;
import com.growthhub.analytics.internal.KpiEventInputException;
import com.growthhub.shared.OrganizationId;

/**
 * A KPI event sent by a program: kind required; occurredAt defaults to now; valueCents and currency only (and then
 * both) for invoice_paid.
 */
record KpiEventRequest(@Nullable KpiKind kind, @Nullable UUID contactId, @Nullable UUID campaignId,
		@Nullable Instant occurredAt, @Nullable Long valueCents, @Nullable String currency,
		@Nullable Map<String, Object> metadata) {

	KpiEventDraft toDraft(OrganizationId organization) {
		if (kind == null) {
			throw KpiEventInputException.field("kind", "is required (ad_click, consult_booked, consult_show, invoice_paid)");
		}
		return new KpiEventDraft(organization, kind, contactId, campaignId, occurredAt == null ? Instant.now() : occurredAt,
				valueCents, currency, metadata == null ? Map.of() : metadata, "pending");
	}
}
