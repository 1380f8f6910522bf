package com.growthhub.expenses.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.expenses.internal.ExpenseCategories;
import com.growthhub.expenses.internal.ExpenseFilter;
import com.growthhub.expenses.internal.ExpenseStatus;
import com.growthhub.expenses.internal.ExpenseType;
import com.growthhub.expenses.internal.ExpenseView;
import com.growthhub.expenses.internal.Expenses;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * What the expense pages show besides expenses: the pickers' choices and the names of people and events.
 */
@Component
class ExpensePageModel {

	private final Expenses expenses;
	private final ExpenseCategories categories;
	private final EventDirectory events;

	ExpensePageModel(Expenses expenses, ExpenseCategories categories, EventDirectory events) {
		this.expenses = expenses;
		this.categories = categories;
		this.events = events;
	}

	void addChoices(OrganizationId organization, Actor actor, Model model, Collection<ExpenseView> shown) {
		model.addAttribute("people", expenses.people(organization));
		model.addAttribute("eventNames", eventNames(organization,
				shown.stream().map(ExpenseView::eventId).filter(Objects::nonNull).distinct().toList()));
		model.addAttribute("categories", categories.list(organization, actor, false));
		model.addAttribute("statuses", ExpenseStatus.values());
		model.addAttribute("approver", expenses.viewer(organization, actor).role().atLeast(Role.MANAGER));
	}

	/** The form's pickers; the event already linked stays offered even when it is old or cancelled. */
	void addFormChoices(OrganizationId organization, Actor actor, Model model, @Nullable String linkedEvent) {
		model.addAttribute("categories", categories.list(organization, actor, false));
		model.addAttribute("types", ExpenseType.values());
		List<EventDirectory.Choice> choices = new ArrayList<>(events.choices(organization));
		UUID linked = linkedEvent == null ? null : parsed(linkedEvent);
		if (linked != null && choices.stream().noneMatch(choice -> choice.id().equals(linked))) {
			events.names(organization, List.of(linked))
				.forEach((id, name) -> choices.addFirst(new EventDirectory.Choice(id, name)));
		}
		model.addAttribute("eventChoices", choices);
		model.addAttribute("readsReceipts", expenses.readsReceipts());
	}

	/** The filter as a query string for links ({@code ?status=approved&from=…}), empty without one. */
	static String query(ExpenseFilter filter) {
		var builder = org.springframework.web.util.UriComponentsBuilder.newInstance();
		filter.asParameters().forEach(builder::queryParam);
		String query = builder.encode().build().toUriString();
		return query.isEmpty() ? "" : query;
	}

	private static @Nullable UUID parsed(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Map<UUID, String> eventNames(OrganizationId organization, List<UUID> ids) {
		return events.names(organization, ids);
	}
}
