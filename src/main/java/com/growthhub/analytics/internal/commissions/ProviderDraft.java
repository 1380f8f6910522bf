package com.growthhub.analytics.internal.commissions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a person or program writes about a provider. */
public record ProviderDraft(@Nullable String name, @Nullable ProviderRole role, @Nullable UUID memberUserId,
		boolean active) {

	List<CommissionRule.FieldError> errors() {
		List<CommissionRule.FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			errors.add(new CommissionRule.FieldError("name", "must be 1 to 200 characters"));
		}
		if (role == null) {
			errors.add(new CommissionRule.FieldError("role",
					"must be one of surgeon, nurse, injector, consultant, rep, other"));
		}
		return errors;
	}
}
