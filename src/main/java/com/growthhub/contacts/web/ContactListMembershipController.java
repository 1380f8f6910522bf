package com.growthhub.contacts.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.fields.ContactLists;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Adding the contact of a page to a list, or taking it off one, from its lists section. */
@Controller
class ContactListMembershipController {

	private final Contacts contacts;
	private final ContactLists lists;

	ContactListMembershipController(Contacts contacts, ContactLists lists) {
		this.contacts = contacts;
		this.lists = lists;
	}

	/** The lists themselves do not know member visibility, so the contact is looked up as this person first. */
	@PostMapping("/contacts/{id}/lists")
	String change(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID add, @RequestParam(required = false) @Nullable UUID remove,
			RedirectAttributes redirect) {
		contacts.get(organization, actor, id);
		if (add != null) {
			lists.addMembers(organization, actor, add, List.of(id));
			redirect.addFlashAttribute("notice", "contacts.lists.added");
		}
		if (remove != null) {
			lists.removeMembers(organization, actor, remove, List.of(id));
			redirect.addFlashAttribute("notice", "contacts.lists.removed");
		}
		return "redirect:/contacts/" + id;
	}
}
