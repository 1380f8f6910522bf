package com.growthhub.contacts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The options of the type-ahead contact picker (fragments/contact-picker.html) that pages of any module embed: the
 * first contacts the person may see that match what they typed, as listbox options.
 */
@Controller
class ContactPickerController {

	/** Enough to pick from while typing; a longer list means the person should type more. */
	static final int OPTIONS = 20;

	/** Longer text is no name anybody types; the search refuses more than 200 characters. */
	private static final int LONGEST_QUERY = 100;

	private final ContactDirectory contacts;

	ContactPickerController(ContactDirectory contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/contacts/picker")
	String options(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
		String typed = q.strip();
		typed = typed.length() > LONGEST_QUERY ? typed.substring(0, LONGEST_QUERY) : typed;
		model.addAttribute("choices", contacts.choices(organization, actor, typed, OPTIONS));
		return "contacts/picker :: options";
	}
}
