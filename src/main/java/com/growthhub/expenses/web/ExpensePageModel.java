package com.growthhub.expenses.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.expenses.ExpenseEvents;
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
 * What the expense pages show besides expenses: the pickers' choices, people's names and, when the module that owns
 * events contributes them, events' names (otherwise an expense only shows that it is linked to an event).
 */
@Component
class ExpensePageModel {

	private final Expenses expenses;
	private final ExpenseCategories categories;
	private final List<ExpenseEvents> events;

	ExpensePageModel(Expenses expenses, ExpenseCategories categories, List<ExpenseEvents> events) {
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

	void addFormChoices(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("categories", categories.list(organization, actor, false));
		model.addAttribute("types", ExpenseType.values());
		model.addAttribute("eventChoices", events.stream().flatMap(source -> source.choices(organization).stream()).toList());
		model.addAttribute("eventsNamed", !events.isEmpty());
		model.addAttribute("readsReceipts", expenses.readsReceipts());
	}

	/** The filter as a query string for links ({@code ?status=approved&from=…}), empty without one. */
	static String query(ExpenseFilter filter) {
		var builder = org.springframework.web.util.UriComponentsBuilder.newInstance();
		filter.asParameters().forEach(builder::queryParam);
		String query = builder.encode().build().toUriString();
		return query.isEmpty() ? "" : query;
	}

	private Map<UUID, String> eventNames(OrganizationId organization, List<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			events.forEach(source -> names.putAll(source.names(organization, ids)));
		}
		return names;
	}
}
