package com.growthhub.contacts.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.fields.ContactLists;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Settings › Tags & lists: every member may label and group contacts, as the API allows. */
@Controller
class ContactTagsController {

	static final String VIEW = "contacts/setup/tags";
	static final String DEFAULT_COLOR = "#6366f1";

	private final Tags tags;
	private final ContactLists lists;

	ContactTagsController(Tags tags, ContactLists lists) {
		this.tags = tags;
		this.lists = lists;
	}

	record TagForm(@NotBlank @Size(max = 60) @Nullable String name,
			@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a color like #6366f1") @Nullable String color) {
	}

	record ListForm(@NotBlank @Size(max = 100) @Nullable String name, @Size(max = 500) @Nullable String description) {
	}

	@GetMapping("/settings/tags-lists")
	String show(OrganizationId organization, Model model) {
		model.addAttribute("tag", new TagForm("", DEFAULT_COLOR));
		model.addAttribute("list", new ListForm("", ""));
		return page(organization, model);
	}

	@PostMapping("/settings/tags-lists/tags")
	String createTag(OrganizationId organization, Actor actor, @Valid @ModelAttribute("tag") TagForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				tags.create(organization, actor, form.name(), form.color());
				redirect.addFlashAttribute("notice", "contacts.setup.tags.created");
				return "redirect:/settings/tags-lists";
			}
			catch (ContactConflictException ex) {
				result.rejectValue("name", "taken", RefusedAction.detail(ex));
			}
		}
		model.addAttribute("list", new ListForm("", ""));
		return page(organization, model);
	}

	/** Renaming and recoloring happen inline in the table, so a refusal comes back as a flash message. */
	@PostMapping("/settings/tags-lists/tags/{id}")
	String updateTag(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid TagForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldErrors().getFirst().getField() + " "
					+ result.getFieldErrors().getFirst().getDefaultMessage());
			return "redirect:/settings/tags-lists";
		}
		try {
			tags.update(organization, actor, id, form.name(), form.color());
			redirect.addFlashAttribute("notice", "contacts.setup.tags.renamed");
		}
		catch (ContactConflictException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/tags-lists";
	}

	@PostMapping("/settings/tags-lists/tags/{id}/delete")
	String deleteTag(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		tags.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "contacts.setup.tags.deleted");
		return "redirect:/settings/tags-lists";
	}

	@PostMapping("/settings/tags-lists/lists")
	String createList(OrganizationId organization, Actor actor, @Valid @ModelAttribute("list") ListForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				lists.create(organization, actor, form.name(),
						form.description() == null || form.description().isBlank() ? null : form.description());
				redirect.addFlashAttribute("notice", "contacts.setup.lists.created");
				return "redirect:/settings/tags-lists";
			}
			catch (ContactConflictException ex) {
				result.rejectValue("name", "taken", RefusedAction.detail(ex));
			}
		}
		model.addAttribute("tag", new TagForm("", DEFAULT_COLOR));
		return page(organization, model);
	}

	@PostMapping("/settings/tags-lists/lists/{id}/delete")
	String deleteList(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		lists.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "contacts.setup.lists.deleted");
		return "redirect:/settings/tags-lists";
	}

	private String page(OrganizationId organization, Model model) {
		model.addAttribute("tags", tags.list(organization));
		model.addAttribute("lists", lists.list(organization));
		return VIEW;
	}
}
