package com.growthhub.expenses.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.expenses.internal.ExpenseApprovals;
import com.growthhub.expenses.internal.ExpenseFilter;
import com.growthhub.expenses.internal.ExpenseView;
import com.growthhub.expenses.internal.Expenses;
import com.growthhub.expenses.internal.ReceiptSuggestions;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.FileNotFoundException;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.Amount;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;

/** Expenses for people: the list with its filters, the form with the receipt, an expense's page with its moves. */
@Controller
class ExpenseController {

	static final int PAGE = 50;

	private final Expenses expenses;
	private final ExpenseApprovals approvals;
	private final ReceiptSuggestions suggestions;
	private final ExpensePageModel pages;
	private final OrganizationPreferences preferences;
	private final StoredFiles files;

	ExpenseController(Expenses expenses, ExpenseApprovals approvals, ReceiptSuggestions suggestions, ExpensePageModel pages,
			OrganizationPreferences preferences, StoredFiles files) {
		this.expenses = expenses;
		this.approvals = approvals;
		this.suggestions = suggestions;
		this.pages = pages;
		this.preferences = preferences;
		this.files = files;
	}

	@GetMapping("/expenses")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String category, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String createdBy,
			@RequestParam(required = false) @Nullable String eventId, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		ExpenseFilter filter = ExpenseFilter.parse(status, eventId, category, from, to, createdBy);
		Expenses.Page page = expenses.list(organization, actor, filter, PageCursor.parse(cursor), PAGE);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter.asParameters());
		model.addAttribute("query", ExpensePageModel.query(filter));
		pages.addChoices(organization, actor, model, page.items());
		return "expenses/list";
	}

	@GetMapping("/expenses/new")
	String create(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("form", ExpenseForm.empty(preferences.defaultCurrency(organization)));
		return form(organization, actor, null, model);
	}

	@PostMapping("/expenses")
	String save(OrganizationId organization, Actor actor, @Valid @ModelAttribute("form") ExpenseForm form,
			BindingResult result, @RequestParam(name = "receipt", required = false) @Nullable MultipartFile receipt, Model model,
			RedirectAttributes redirect) throws IOException {
		boolean withReceipt = receipt != null && !receipt.isEmpty();
		if (!result.hasErrors()) {
			try (InputStream content = withReceipt ? receipt.getInputStream() : null) {
				ExpenseView created = expenses.create(organization, actor, form.toDraft(),
						withReceipt ? new Expenses.Upload(content, receipt.getOriginalFilename()) : null);
				redirect.addFlashAttribute("notice", "expenses.created");
				return "redirect:/expenses/" + created.id();
			}
			catch (ErrorResponseException ex) {
				rejectReceiptOrForm(result, ex);
			}
		}
		return form(organization, actor, null, model);
	}

	@GetMapping("/expenses/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		ExpenseView expense = expenses.get(organization, actor, id);
		model.addAttribute("expense", expense);
		pages.addChoices(organization, actor, model, List.of(expense));
		return "expenses/detail";
	}

	/** The receipt panel alone, which the page asks for again while the receipt is being read. */
	@GetMapping("/expenses/{id}/reading")
	String reading(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("expense", expenses.get(organization, actor, id));
		return "expenses/detail :: reading";
	}

	@GetMapping("/expenses/{id}/edit")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("form", ExpenseForm.of(expenses.get(organization, actor, id)));
		return form(organization, actor, id, model);
	}

	@PostMapping("/expenses/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ExpenseForm form, BindingResult result,
			@RequestParam(name = "receipt", required = false) @Nullable MultipartFile receipt, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!result.hasErrors()) {
			try {
				expenses.update(organization, actor, id, form.toDraft());
				if (receipt != null && !receipt.isEmpty()) {
					try (InputStream content = receipt.getInputStream()) {
						expenses.replaceReceipt(organization, actor, id, new Expenses.Upload(content, receipt.getOriginalFilename()));
					}
				}
				redirect.addFlashAttribute("notice", "expenses.saved");
				return "redirect:/expenses/" + id;
			}
			catch (ErrorResponseException ex) {
				rejectReceiptOrForm(result, ex);
			}
		}
		return form(organization, actor, id, model);
	}

	@PostMapping("/expenses/{id}/{move:submit|approve|reimburse|delete}")
	String move(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable String move,
			RedirectAttributes redirect) {
		try {
			switch (move) {
				case "submit" -> approvals.submit(organization, actor, id);
				case "approve" -> approvals.approve(organization, actor, id);
				case "reimburse" -> approvals.reimburse(organization, actor, id);
				default -> {
					expenses.delete(organization, actor, id);
					redirect.addFlashAttribute("notice", "expenses.deleted");
					return "redirect:/expenses";
				}
			}
			redirect.addFlashAttribute("notice", "expenses.moved." + move);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/expenses/" + id;
	}

	@PostMapping("/expenses/{id}/reject")
	String reject(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			approvals.reject(organization, actor, id, reason);
			redirect.addFlashAttribute("notice", "expenses.moved.reject");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/expenses/" + id;
	}

	/** Takes the suggestion, with the values the person changed in the suggestion's own fields. */
	@PostMapping("/expenses/{id}/reading/accept")
	String accept(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate spentOn,
			@RequestParam(required = false) @Nullable String merchant, RedirectAttributes redirect) {
		try {
			Long cents = amount == null || amount.isBlank() ? null : Amount.parse(amount).cents();
			suggestions.accept(organization, actor, id, new ReceiptSuggestions.Corrections(cents, spentOn, merchant));
			redirect.addFlashAttribute("notice", "expenses.reading.accepted");
		}
		catch (java.text.ParseException ex) {
			RefusedAction.flash(redirect, "expenses.reading.badAmount");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/expenses/" + id;
	}

	@PostMapping("/expenses/{id}/reading/dismiss")
	String dismiss(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			suggestions.dismiss(organization, actor, id);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/expenses/" + id;
	}

	@GetMapping("/expenses/{id}/receipt")
	ResponseEntity<?> receipt(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean thumbnail, @RequestHeader HttpHeaders headers) {
		ExpenseView.Receipt receipt = expenses.get(organization, actor, id).receipt();
		UUID file = receipt == null ? null : thumbnail ? receipt.thumbnailFileId() : receipt.fileId();
		if (file == null) {
			throw new FileNotFoundException();
		}
		return FileResponses.serve(files, organization, FileId.of(file), headers, true);
	}

	private String form(OrganizationId organization, Actor actor, @Nullable UUID id, Model model) {
		model.addAttribute("expenseId", id);
		pages.addFormChoices(organization, actor, model, model.getAttribute("form") instanceof ExpenseForm form ? form.eventId() : null);
		return "expenses/form";
	}

	private static void rejectReceiptOrForm(BindingResult result, ErrorResponseException ex) {
		if (ex instanceof com.growthhub.platform.files.UploadRefusedException) {
			result.reject("receipt", String.valueOf(ex.getBody().getDetail()));
			return;
		}
		ExpenseForm.reject(result, ex);
	}
}
