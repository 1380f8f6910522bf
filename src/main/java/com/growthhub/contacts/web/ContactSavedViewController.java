package com.growthhub.contacts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.search.SavedViews;
import com.growthhub.contacts.web.ContactListController.ContactFilter;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Saving the list's filters under a name, opening and deleting them. A view is stored in the API's
 * terms ({@code listId}, {@code ownerId}), so views saved here and through the API are the same thing.
 */
@Controller
class ContactSavedViewController {

	private final SavedViews views;

	ContactSavedViewController(SavedViews views) {
		this.views = views;
	}

	record ViewForm(@NotBlank @Size(max = 100) @Nullable String viewName) {
	}

	@PostMapping("/contacts/views")
	String save(OrganizationId organization, Actor actor, @Valid ViewForm form, BindingResult result,
			@ModelAttribute("filter") ContactFilter filter, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			RefusedAction.flash(redirect, "contacts.views.invalid");
			return "redirect:" + filter.url();
		}
		try {
			views.create(organization, actor, form.viewName(), query(filter, actor));
			redirect.addFlashAttribute("notice", "contacts.views.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:" + filter.url();
	}

	@GetMapping("/contacts/views/{id}")
	String open(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		SavedViews.SavedView view = views.list(organization, actor).stream().filter(v -> v.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("View"));
		return "redirect:" + filter(view.query(), actor).url();
	}

	@PostMapping("/contacts/views/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			views.delete(organization, actor, id);
			redirect.addFlashAttribute("notice", "contacts.views.deleted");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts";
	}

	private static Map<String, Object> query(ContactFilter filter, Actor actor) {
		Map<String, Object> query = new LinkedHashMap<>();
		put(query, "q", filter.q());
		put(query, "type", filter.type() == null ? null : filter.type().key());
		put(query, "status", filter.status());
		put(query, "tag", filter.tag());
		put(query, "listId", filter.list());
		put(query, "ownerId", filter.ownerId(actor.userId()));
		put(query, "source", filter.source());
		put(query, "campaignId", filter.campaign());
		put(query, "sort", filter.sort());
		put(query, "deleted", Boolean.TRUE.equals(filter.deleted()) ? true : null);
		return query;
	}

	private static void put(Map<String, Object> query, String key, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			query.put(key, value.toString());
		}
	}

	/** Filters the list page has no control for (campaign by name, dates) are left out. */
	private static ContactFilter filter(Map<String, Object> query, Actor actor) {
		return new ContactFilter(text(query, "q"), text(query, "type") == null ? null : ContactType.fromKey(text(query, "type")),
				text(query, "status"), uuid(query, "tag"), uuid(query, "listId"),
				String.valueOf(actor.userId()).equals(text(query, "ownerId")) ? "mine" : text(query, "ownerId"),
				text(query, "source"),
				text(query, "sort"), null, "true".equals(text(query, "deleted")), uuid(query, "campaignId"));
	}

	private static @Nullable String text(Map<String, Object> query, String key) {
		Object value = query.get(key);
		return value == null ? null : value.toString();
	}

	private static @Nullable UUID uuid(Map<String, Object> query, String key) {
		String value = text(query, key);
		return value == null ? null : UUID.fromString(value);
	}
}
