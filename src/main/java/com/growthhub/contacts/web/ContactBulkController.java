package com.growthhub.contacts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.BulkActions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The list's bulk bar: one action on the rows ticked on the page, then back to the same filters. Deleting asks first
 * on a page of its own (no script needed) and only a confirmed request deletes.
 */
@Controller
class ContactBulkController {

	private final BulkActions bulk;

	ContactBulkController(BulkActions bulk) {
		this.bulk = bulk;
	}

	/** Changing the owner without choosing one makes the person acting the owner. */
	record BulkForm(@NotEmpty @Size(max = BulkActions.MAX_IDS) @Nullable List<@NotNull UUID> ids,
			@NotNull @Pattern(regexp = "tag|untag|add_to_list|remove_from_list|change_owner|delete") @Nullable String action,
			@Nullable UUID tagId, @Nullable UUID listId, @Nullable UUID ownerId, @Nullable Boolean confirmed) {

		boolean deletes() {
			return "delete".equals(action);
		}

		BulkActions.Selection toSelection(Actor actor) {
			BulkActions.Action chosen = BulkActions.Action.valueOf(action.toUpperCase(Locale.ROOT));
			return new BulkActions.Selection(ids, chosen, tagId, listId,
					chosen != BulkActions.Action.CHANGE_OWNER ? null : ownerId != null ? ownerId : actor.userId());
		}
	}

	@PostMapping("/contacts/bulk")
	String apply(OrganizationId organization, Actor actor, @Valid @ModelAttribute("bulk") BulkForm form,
			BindingResult result, @ModelAttribute("filter") ContactListController.ContactFilter filter,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			RefusedAction.flash(redirect, "contacts.bulk.invalid");
			return "redirect:" + filter.url();
		}
		if (form.deletes() && !Boolean.TRUE.equals(form.confirmed())) {
			model.addAttribute("back", filter.url());
			return "contacts/bulk-confirm";
		}
		try {
			int affected = bulk.apply(organization, actor, form.toSelection(actor));
			redirect.addFlashAttribute("notice", form.deletes() ? "contacts.bulk.deleted" : "contacts.bulk.done");
			redirect.addFlashAttribute("noticeArgs", new Object[] { affected });
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:" + filter.url();
	}
}
