package com.growthhub.contacts.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.merge.MergeUndo;
import com.growthhub.contacts.internal.merge.Merges;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.constraints.NotNull;

/** Reviewing a pair field by field, merging it, and undoing that merge from the flash message. */
@Controller
class ContactMergeController {

	/** Radio buttons are named {@code pick.<field>}, so they cannot clash with the pair's own parameters. */
	static final String PICK = "pick.";

	private final Contacts contacts;
	private final Merges merges;
	private final MergeUndo undo;
	private final ContactChoices choices;

	ContactMergeController(Contacts contacts, Merges merges, MergeUndo undo, ContactChoices choices) {
		this.contacts = contacts;
		this.merges = merges;
		this.undo = undo;
		this.choices = choices;
	}

	record MergePair(@NotNull UUID primary, @NotNull UUID duplicate) {
	}

	@GetMapping("/contacts/merge")
	String review(OrganizationId organization, Actor actor, @ModelAttribute("pair") MergePair pair, Model model) {
		var primary = contacts.get(organization, actor, pair.primary());
		var duplicate = contacts.get(organization, actor, pair.duplicate());
		choices.addTo(model, organization);
		model.addAttribute("primary", primary);
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("comparison", MergeComparison.of(primary, duplicate, choices.definitions(organization)));
		return "contacts/merge";
	}

	@PostMapping("/contacts/merge")
	String merge(OrganizationId organization, Actor actor, @ModelAttribute MergePair pair,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<String, String> picks = params.entrySet().stream()
			.filter(entry -> entry.getKey().startsWith(PICK))
			.collect(Collectors.toMap(entry -> entry.getKey().substring(PICK.length()), Map.Entry::getValue));
		try {
			Merges.Merged merged = merges.merge(organization, actor, pair.primary(), pair.duplicate(), picks);
			redirect.addFlashAttribute("mergeId", merged.mergeId());
			return "redirect:/contacts/" + merged.contact().id();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/contacts/merge?primary=" + pair.primary() + "&duplicate=" + pair.duplicate();
		}
	}

	/** The primary is sent along because an undone merge no longer says where to go back to. */
	@PostMapping("/contacts/merges/{id}/undo")
	String undo(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam UUID primary,
			RedirectAttributes redirect) {
		try {
			undo.undo(organization, actor, id);
			redirect.addFlashAttribute("notice", "contacts.merge.undone");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/contacts/" + primary;
	}
}
