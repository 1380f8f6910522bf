package com.growthhub.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.web.RefusedAction;

/** The buttons on a contact's page that change it in one step: tags, conversion, delete. */
@Controller
class ContactLifecycleController {

	private final Contacts contacts;

	ContactLifecycleController(Contacts contacts) {
		this.contacts = contacts;
	}

	/** Adds or removes one tag; the service replaces the whole set, so the new set is worked out here. */
	@PostMapping("/contacts/{id}/tags")
	String tags(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID add, @RequestParam(required = false) @Nullable UUID remove,
			RedirectAttributes redirect) {
		ContactView contact = contacts.get(user, id);
		List<UUID> tags = new ArrayList<>(contact.tags());
		if (add != null && !tags.contains(add)) {
			tags.add(add);
		}
		if (remove != null) {
			tags.remove(remove);
		}
		try {
			contacts.update(user, id, Map.of("tags", tags.stream().map(UUID::toString).toList()));
			redirect.addFlashAttribute("notice", "contacts.detail.tags.saved");
		}
		catch (InvalidContactException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/convert")
	String convert(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam ContactType toType,
			@RequestParam(required = false) @Nullable String status, RedirectAttributes redirect) {
		try {
			ContactView converted = contacts.convert(user, id, toType, status);
			redirect.addFlashAttribute("notice", "contacts.detail.converted." + converted.type().key());
		}
		catch (ContactConflictException | InvalidContactException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		contacts.delete(user, id);
		redirect.addFlashAttribute("notice", "contacts.deleted");
		return "redirect:/contacts";
	}
}
