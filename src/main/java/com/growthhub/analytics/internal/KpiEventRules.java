package com.growthhub.analytics.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * What a KPI event must be before it is stored: not in the future (a little clock skew of the sender allowed),
 * money only on a paid invoice and there positive with its currency, a source key of sensible length.
 */
final class KpiEventRules {

	/** Other machines' clocks run a little ahead; a minute of skew is not "the future". */
	private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(1);

	private final Clock clock;

	KpiEventRules(Clock clock) {
		this.clock = clock;
	}

	void check(KpiEventDraft draft) {
		if (draft.occurredAt().isAfter(Instant.now(clock).plus(SKEW))) {
			throw KpiEventInputException.field("occurredAt", "must not be in the future");
		}
		if (draft.kind().carriesValue()) {
			if (draft.valueCents() == null || draft.valueCents() <= 0) {
				throw KpiEventInputException.field("valueCents", "must be a positive amount for invoice_paid");
			}
			if (draft.currency() == null || !draft.currency().matches("[A-Z]{3}")) {
				throw KpiEventInputException.field("currency", "must be an ISO 4217 code such as USD");
			}
		}
		else if (draft.valueCents() != null || draft.currency() != null) {
			throw KpiEventInputException.field("valueCents", "is only for invoice_paid");
		}
		if (draft.sourceKey().isBlank() || draft.sourceKey().length() > 300) {
			throw KpiEventInputException.field("sourceKey", "must have 1 to 300 characters");
		}
	}
}
