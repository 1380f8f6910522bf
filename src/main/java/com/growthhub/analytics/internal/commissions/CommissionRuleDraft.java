package com.growthhub.analytics.internal.commissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a person or program writes about a rule; every wrong field is named at once. */
public record CommissionRuleDraft(@Nullable UUID providerId, @Nullable CommissionRule rule, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo) {

	List<CommissionRule.FieldError> errors() {
		List<CommissionRule.FieldError> errors = new ArrayList<>();
		if (providerId == null) {
			errors.add(new CommissionRule.FieldError("providerId", "is required"));
		}
		if (rule == null) {
			errors.add(new CommissionRule.FieldError("rule",
					"is required: an object with type percent, flat_per_invoice, flat_per_procedure or tiers"));
		}
		else {
			errors.addAll(rule.errors("rule."));
		}
		if (validFrom == null) {
			errors.add(new CommissionRule.FieldError("validFrom", "is required (YYYY-MM-DD)"));
		}
		else if (validTo != null && validTo.isBefore(validFrom)) {
			errors.add(new CommissionRule.FieldError("validTo", "must not be before validFrom"));
		}
		return errors;
	}
}
