package com.growthhub.contacts.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PolicyRefusedException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;

/** Creating and editing a contact through the same form. */
@Controller
class ContactFormController {

	static final String VIEW = "contacts/form";

	private final Contacts contacts;
	private final ContactChoices choices;

	ContactFormController(Contacts contacts, ContactChoices choices) {
		this.contacts = contacts;
		this.choices = choices;
	}

	@GetMapping("/contacts/new")
	String newContact(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("form", ContactForm.empty(actor.requireUserId()));
		return page(organization, null, CustomFieldInputs.of(choices.definitions(organization), Map.of()), model);
	}

	@PostMapping("/contacts")
	String create(OrganizationId organization, Actor actor, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult result, @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
		CustomFieldInputs custom = CustomFieldInputs.of(choices.definitions(organization), parameters);
		boolean privacy = choices.privacyMode(organization);
		if (result.hasErrors()) {
			alsoCheck(organization, actor, null, form.fields(true, privacy, custom.changes(true, privacy)), result,
					model);
			return page(organization, null, custom, model);
		}
		try {
			ContactView created = contacts.create(organization, actor,
					form.fields(true, privacy, custom.changes(true, privacy)));
			redirect.addFlashAttribute("notice", "contacts.created");
			return "redirect:/contacts/" + created.id();
		}
		catch (InvalidContactException | ContactConflictException | PolicyRefusedException ex) {
			ContactProblems.reject(result, model, ex);
			return page(organization, null, custom, model);
		}
	}

	@GetMapping("/contacts/{id}/edit")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		ContactView contact = contacts.get(organization, actor, id);
		model.addAttribute("form", ContactForm.of(contact));
		CustomFieldInputs custom = CustomFieldInputs.stored(choices.definitions(organization), contact.customFields());
		return page(organization, contact, custom, model);
	}

	@PostMapping("/contacts/{id}/edit")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
		ContactView contact = contacts.get(organization, actor, id);
		CustomFieldInputs custom = CustomFieldInputs.of(choices.definitions(organization), parameters);
		boolean privacy = choices.privacyMode(organization);
		if (result.hasErrors()) {
			alsoCheck(organization, actor, id, form.fields(false, privacy, custom.changes(false, privacy)), result,
					model);
			return page(organization, contact, custom, model);
		}
		try {
			contacts.update(organization, actor, id, form.fields(false, privacy, custom.changes(false, privacy)));
			redirect.addFlashAttribute("notice", "contacts.saved");
			return "redirect:/contacts/" + id;
		}
		catch (InvalidContactException | ContactConflictException | PolicyRefusedException ex) {
			ContactProblems.reject(result, model, ex);
			return page(organization, contact, custom, model);
		}
	}

	/** The form found some bad fields; the service's checks name the rest (custom fields, phone), all at once. */
	private void alsoCheck(OrganizationId organization, Actor actor, @Nullable UUID id,
			Map<String, @Nullable Object> fields, BindingResult result, Model model) {
		try {
			contacts.check(organization, actor, id, fields);
		}
		catch (InvalidContactException | PolicyRefusedException ex) {
			ContactProblems.rejectMore(result, model, ex);
		}
	}

	private String page(OrganizationId organization, @Nullable ContactView contact, CustomFieldInputs custom,
			Model model) {
		choices.addTo(model, organization);
		model.addAttribute("contact", contact);
		model.addAttribute("custom", custom);
		model.addAttribute("customFields", custom.shown((Boolean) model.getAttribute("privacyMode")));
		if (!model.containsAttribute("customErrors")) {
			model.addAttribute("customErrors", Map.of());
		}
		return VIEW;
	}
}
