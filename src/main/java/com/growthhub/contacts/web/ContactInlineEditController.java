package com.growthhub.contacts.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PolicyRefusedException;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Editing one field of a contact in place on its page (htmx): the field's small form, saving it, and the field as
 * shown again after saving or cancelling. A change goes through the full form's checks (its Bean Validation, then
 * {@code Contacts.update}), so a field refuses what the form refuses, with the same words.
 */
@Controller
class ContactInlineEditController {

	static final String VIEW = "contacts/inline-field";

	private final Contacts contacts;
	private final ContactChoices choices;
	private final Validator validator;

	ContactInlineEditController(Contacts contacts, ContactChoices choices, Validator validator) {
		this.contacts = contacts;
		this.choices = choices;
		this.validator = validator;
	}

	/** The field as the page shows it: what Cancel (and Escape) puts back. Outside htmx, the whole page. */
	@GetMapping("/contacts/{id}/fields/{name}")
	String show(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable String name,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (htmx == null) {
			return "redirect:/contacts/" + id;
		}
		ContactView contact = contacts.get(organization, actor, id);
		EditableField field = prepare(organization, contact, name, model);
		model.addAttribute("links", ContactLinks.of(contact, List.of(field)));
		model.addAttribute("returnFocus", true);
		return VIEW + " :: view";
	}

	/** The field's small form; outside htmx (a link opened in a new tab), the full form. */
	@GetMapping("/contacts/{id}/fields/{name}/edit")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable String name,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (htmx == null) {
			return "redirect:/contacts/" + id + "/edit";
		}
		ContactView contact = contacts.get(organization, actor, id);
		EditableField field = prepare(organization, contact, name, model);
		model.addAttribute("value", field.text(contact));
		model.addAttribute("problems", FieldProblems.none());
		return VIEW + " :: form";
	}

	/** Saved, the field and the page's heading (which shows the name, status and owner) come back; refused, the form. */
	@PostMapping("/contacts/{id}/fields/{name}")
	String save(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable String name,
			@RequestParam(required = false) @Nullable String value, Model model) {
		ContactView contact = contacts.get(organization, actor, id);
		EditableField field = prepare(organization, contact, name, model);
		FieldProblems problems = formChecks(field, value);
		if (!problems.any()) {
			try {
				ContactView saved = contacts.update(organization, actor, id,
						change(field, value, (PrivacyMode) model.getAttribute("privacy")));
				model.addAttribute("contact", saved);
				model.addAttribute("links", ContactLinks.of(saved, List.of(field)));
				model.addAttribute("returnFocus", true);
				return VIEW + " :: saved";
			}
			catch (InvalidContactException | ContactConflictException | PolicyRefusedException ex) {
				problems = FieldProblems.of(ex, field.problemName());
			}
		}
		model.addAttribute("value", value == null ? "" : value);
		model.addAttribute("problems", problems);
		return VIEW + " :: form";
	}

	private EditableField prepare(OrganizationId organization, ContactView contact, String name, Model model) {
		choices.addTo(model, organization);
		PrivacyMode privacy = (PrivacyMode) model.getAttribute("privacy");
		EditableField field = EditableField.named(name, choices.definitions(organization), privacy)
			.orElseThrow(() -> NotFoundException.of("Field"));
		model.addAttribute("contact", contact);
		model.addAttribute("field", field);
		return field;
	}

	/** The full form's Bean Validation of the same input (custom fields have none there either). */
	private FieldProblems formChecks(EditableField field, @Nullable String value) {
		if (field.custom() || field.name().equals("ownerId")) {
			return FieldProblems.none();
		}
		List<String> messages = validator.validateValue(ContactForm.class, field.name(), value)
			.stream()
			.map(ConstraintViolation::getMessage)
			.sorted()
			.toList();
		return FieldProblems.of(messages);
	}

	/** The one change, made as the full form makes it: trimmed, blank clears, custom values typed by their definition. */
	private static Map<String, @Nullable Object> change(EditableField field, @Nullable String value,
			PrivacyMode privacy) {
		Map<String, @Nullable Object> changes = new HashMap<>();
		String text = value == null || value.isBlank() ? null : value.strip();
		CustomFieldDefinition definition = field.definition();
		if (definition != null) {
			Map<String, String> parameters = text == null ? Map.of() : Map.of(field.name(), text);
			Map<String, @Nullable Object> typed = CustomFieldInputs.of(List.of(definition), parameters)
				.changes(false, privacy.on());
			Map<String, @Nullable Object> custom = new HashMap<>();
			custom.put(definition.key(), typed.get(definition.key()));
			changes.put("customFields", custom);
		}
		else if (!(field.name().equals("status") && text == null)) {
			// The full form never sends a blank status: the type's default is not something a person picked.
			changes.put(field.name(), text);
		}
		return changes;
	}
}
