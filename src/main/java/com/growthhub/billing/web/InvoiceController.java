package com.growthhub.billing.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoicePdf;
import com.growthhub.billing.internal.invoices.InvoiceDraft;
import com.growthhub.billing.internal.invoices.InvoiceFilter;
import com.growthhub.billing.internal.invoices.InvoiceIssuing;
import com.growthhub.billing.internal.invoices.InvoiceList;
import com.growthhub.billing.internal.invoices.InvoiceView;
import com.growthhub.billing.internal.invoices.Invoices;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Invoices for people: the list with its status tabs, the editor with live totals, an invoice's page and its moves. */
@Controller
class InvoiceController {

	private final Invoices invoices;
	private final InvoiceIssuing issuing;
	private final InvoiceList list;
	private final InvoicePdf pdf;
	private final InvoicePageModel pages;
	private final OrganizationPreferences preferences;

	InvoiceController(Invoices invoices, InvoiceIssuing issuing, InvoiceList list, InvoicePdf pdf, InvoicePageModel pages,
			OrganizationPreferences preferences) {
		this.invoices = invoices;
		this.issuing = issuing;
		this.list = list;
		this.pdf = pdf;
		this.pages = pages;
		this.preferences = preferences;
	}

	@GetMapping("/billing/invoices")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		InvoiceFilter filter = InvoiceFilter.parse(status, null, null, null);
		model.addAttribute("page", list.list(organization, actor, filter, PageCursor.parse(cursor), InvoiceList.DEFAULT_LIMIT));
		model.addAttribute("tabs", InvoicePageModel.tabs(list.totals(organization, actor, InvoiceFilter.ALL)));
		model.addAttribute("status", filter.status() == null ? "" : filter.status().key());
		return "billing/invoices";
	}

	@GetMapping("/billing/invoices/new")
	String create(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID contactId,
			Model model) {
		InvoiceForm form = InvoiceForm.empty(preferences.defaultCurrency(organization));
		if (contactId != null) {
			form.setContactId(contactId);
			form.setContactName(pages.contactName(organization, actor, contactId));
		}
		model.addAttribute("form", form);
		return pages.editor(organization, actor, null, model);
	}

	@PostMapping("/billing/invoices")
	String save(OrganizationId organization, Actor actor, @ModelAttribute("form") InvoiceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InvoiceDraft draft = result.hasErrors() ? null : form.toDraft(result);
		if (draft != null) {
			try {
				InvoiceView created = invoices.create(organization, actor, draft);
				redirect.addFlashAttribute("notice", "billing.invoice.created");
				return "redirect:/billing/invoices/" + created.id();
			}
			catch (ErrorResponseException ex) {
				result.reject("billing.refused", new Object[] { RefusedAction.detail(ex) }, RefusedAction.detail(ex));
			}
		}
		return pages.editor(organization, actor, null, model);
	}

	/** The editor's totals, recomputed by htmx as lines are typed. */
	@PostMapping("/billing/invoices/totals")
	String totals(@ModelAttribute("form") InvoiceForm form, BindingResult result, Model model) {
		model.addAttribute("preview", InvoicePageModel.preview(form));
		return "billing/invoice-editor :: totals";
	}

	@GetMapping("/billing/invoices/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		pages.detail(organization, actor, invoices.get(organization, actor, id), model);
		return "billing/invoice";
	}

	@GetMapping("/billing/invoices/{id}/edit")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		InvoiceView invoice = invoices.get(organization, actor, id);
		if (!invoice.draft()) {
			redirect.addFlashAttribute("problemKey", "billing.invoice.notEditable");
			return "redirect:/billing/invoices/" + id;
		}
		model.addAttribute("form", InvoiceForm.of(invoice, pages.contactName(organization, actor, invoice.contactId())));
		return pages.editor(organization, actor, invoice, model);
	}

	@PostMapping("/billing/invoices/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@ModelAttribute("form") InvoiceForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		InvoiceDraft draft = result.hasErrors() ? null : form.toDraft(result);
		if (draft != null) {
			try {
				invoices.update(organization, actor, id, draft);
				redirect.addFlashAttribute("notice", "billing.invoice.saved");
				return "redirect:/billing/invoices/" + id;
			}
			catch (ErrorResponseException ex) {
				result.reject("billing.refused", new Object[] { RefusedAction.detail(ex) }, RefusedAction.detail(ex));
			}
		}
		return pages.editor(organization, actor, invoices.get(organization, actor, id), model);
	}

	@PostMapping("/billing/invoices/{id}/issue")
	String issue(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, id, "billing.invoice.issued", () -> issuing.issue(organization, actor, id));
	}

	@PostMapping("/billing/invoices/{id}/void")
	String voidInvoice(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, id, "billing.invoice.voided", () -> invoices.voidInvoice(organization, actor, id));
	}

	@PostMapping("/billing/invoices/{id}/uncollectible")
	String uncollectible(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, id, "billing.invoice.writtenOff", () -> invoices.markUncollectible(organization, actor, id));
	}

	@PostMapping("/billing/invoices/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			invoices.deleteDraft(organization, actor, id);
			redirect.addFlashAttribute("notice", "billing.invoice.deleted");
			return "redirect:/billing/invoices";
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/billing/invoices/" + id;
		}
	}

	@GetMapping("/billing/invoices/{id}/pdf")
	ResponseEntity<byte[]> pdf(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		InvoiceView invoice = invoices.get(organization, actor, id);
		return InvoicePdfResponse.of(invoice, pdf.render(organization, InvoiceId.of(id)), false);
	}

	private static String act(RedirectAttributes redirect, UUID id, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/invoices/" + id;
	}
}
