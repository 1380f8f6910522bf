package com.growthhub.contacts.web;

import java.time.LocalDateTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.ExternalIds;
import com.growthhub.contacts.internal.InteractionLog;
import com.growthhub.contacts.internal.Interactions;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PolicyRefusedException;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One contact: its fields (each edited in place, see {@link ContactInlineEditController}), tags, lifecycle controls,
 * the sections other modules contribute (deals, journeys) and its lists, the timeline, and logging an interaction.
 */
@Controller
class ContactDetailController {

	static final String VIEW = "contacts/detail";
	static final int TIMELINE_SIZE = 20;

	private final Contacts contacts;
	private final InteractionLog interactionLog;
	private final ContactChoices choices;
	private final ExternalIds externalIds;
	private final ContactSections sections;
	private final OrganizationPreferences preferences;

	ContactDetailController(Contacts contacts, InteractionLog interactionLog, ContactChoices choices,
			ExternalIds externalIds, ContactSections sections, OrganizationPreferences preferences) {
		this.contacts = contacts;
		this.interactionLog = interactionLog;
		this.choices = choices;
		this.externalIds = externalIds;
		this.sections = sections;
		this.preferences = preferences;
	}

	/** @param occurredAt when it happened, on the clock of the zone the person reads times in; none means now */
	record InteractionForm(@NotBlank String type, @Size(max = 20000) @Nullable String text,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime occurredAt) {
	}

	/** The page, or for htmx with a cursor the older timeline entries to append. */
	@GetMapping("/contacts/{id}")
	String show(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("timeline", interactionLog.timeline(organization, actor, id, cursor, TIMELINE_SIZE));
		model.addAttribute("contactId", id);
		model.addAttribute("tagNames", tagNames(organization));
		if (htmx != null && cursor != null) {
			return VIEW + " :: timeline-items";
		}
		model.addAttribute("interaction", new InteractionForm("note", null, null));
		return page(organization, actor, contacts.get(organization, actor, id), model);
	}

	@PostMapping("/contacts/{id}/interactions")
	String log(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("interaction") InteractionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Instant occurredAt = form.occurredAt() == null ? null
				: form.occurredAt().atZone(preferences.timeZone(organization, actor)).toInstant();
		if (occurredAt != null && occurredAt.isAfter(Instant.now())) {
			result.rejectValue("occurredAt", "PastOrPresent", "must be a date in the past or in the present");
		}
		if (!result.hasErrors()) {
			try {
				interactionLog.log(organization, actor, id, form.type(), form.text(), occurredAt, Map.of());
				redirect.addFlashAttribute("notice", "contacts.detail.logged");
				return "redirect:/contacts/" + id;
			}
			catch (InvalidContactException | PolicyRefusedException ex) {
				ContactProblems.reject(result, model, ex);
			}
		}
		model.addAttribute("timeline", interactionLog.timeline(organization, actor, id, null, TIMELINE_SIZE));
		model.addAttribute("contactId", id);
		model.addAttribute("tagNames", tagNames(organization));
		return page(organization, actor, contacts.get(organization, actor, id), model);
	}

	private String page(OrganizationId organization, Actor actor, ContactView contact, Model model) {
		choices.addTo(model, organization);
		model.addAttribute("contact", contact);
		List<EditableField> fields = EditableField.all(choices.definitions(organization),
				(PrivacyMode) model.getAttribute("privacy"));
		model.addAttribute("fields", fields);
		model.addAttribute("links", ContactLinks.of(contact, fields));
		model.addAttribute("sections", sections.of(organization, actor, contact));
		model.addAttribute("interactionTypes", Interactions.TYPES);
		model.addAttribute("conversions", contact.type().conversions());
		model.addAttribute("externalIds", externalIds.list(organization, actor, contact.id()));
		model.addAttribute("externalIdPlatforms", ContactExternalIdController.PLATFORMS);
		return VIEW;
	}

	/**
	 * The organization's tag names by id, for timeline entries that name a tag by its id only (a "tag added" keeps the
	 * id, so a renamed tag shows its new name and a deleted one is missing here).
	 */
	private Map<String, String> tagNames(OrganizationId organization) {
		Map<String, String> names = new HashMap<>();
		choices.tagsById(organization).forEach((tagId, tag) -> names.put(tagId.toString(), tag.name()));
		return names;
	}
}
