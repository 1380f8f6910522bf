package com.growthhub.expenses.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.expenses.internal.ExpenseCategories;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Settings › Expense categories (admins): add, rename, archive and restore. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ExpenseCategoryController {

	private final ExpenseCategories categories;

	ExpenseCategoryController(ExpenseCategories categories) {
		this.categories = categories;
	}

	@GetMapping("/settings/expense-categories")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("categories", categories.list(organization, actor, true));
		return "expenses/categories";
	}

	@PostMapping("/settings/expense-categories")
	String create(OrganizationId organization, Actor actor, @RequestParam String name, RedirectAttributes redirect) {
		try {
			categories.create(organization, actor, name);
			redirect.addFlashAttribute("notice", "expenses.categories.added");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/expense-categories";
	}

	@PostMapping("/settings/expense-categories/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(defaultValue = "false") boolean archived, RedirectAttributes redirect) {
		try {
			categories.update(organization, actor, id, name, archived);
			redirect.addFlashAttribute("notice", "expenses.categories.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/settings/expense-categories";
	}
}
