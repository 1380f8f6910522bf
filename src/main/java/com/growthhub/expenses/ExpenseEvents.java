package com.growthhub.expenses;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * Events as expenses show them, contributed by the module that owns events (a bean implementing this). Expenses keep
 * an event's id only; without a contribution they show that an expense is linked to an event, not its name, and take
 * the event's id as typed.
 */
public interface ExpenseEvents {

	/** The names of those events among {@code ids} that exist in the organization. */
	Map<UUID, String> names(OrganizationId organization, Collection<UUID> ids);

	/** Events a person may link a new expense to (recent and upcoming ones), for a picker. */
	List<Choice> choices(OrganizationId organization);

	record Choice(UUID id, String name) {
	}
}
