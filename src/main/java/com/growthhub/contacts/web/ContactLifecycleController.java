package com.growthhub.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The buttons on a contact's page that change it in one step: tags, conversion, delete. */
@Controller
class ContactLifecycleController {

	private final Contacts contacts;

	ContactLifecycleController(Contacts contacts) {
		this.contacts = contacts;
	}

	/** Adds or removes one tag; the service replaces the whole set, so the new set is worked out here. */
	@PostMapping("/contacts/{id}/tags")
	String tags(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID add, @RequestParam(required = false) @Nullable UUID remove,
			RedirectAttributes redirect) {
		ContactView contact = contacts.get(organization, actor, id);
		List<UUID> tags = new ArrayList<>(contact.tags());
		if (add != null && !tags.contains(add)) {
			tags.add(add);
		}
		if (remove != null) {
			tags.remove(remove);
		}
		try {
			contacts.update(organization, actor, id, Map.of("tags", tags.stream().map(UUID::toString).toList()));
			redirect.addFlashAttribute("notice", "contacts.detail.tags.saved");
		}
		catch (InvalidContactException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/convert")
	String convert(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam ContactType toType,
			@RequestParam(required = false) @Nullable String status, RedirectAttributes redirect) {
		try {
			ContactView converted = contacts.convert(organization, actor, id, toType, status);
			redirect.addFlashAttribute("notice", "contacts.detail.converted." + converted.type().key());
		}
		catch (ContactConflictException | InvalidContactException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		contacts.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "contacts.deleted");
		return "redirect:/contacts";
	}
}
