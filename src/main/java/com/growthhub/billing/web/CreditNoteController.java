package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.internal.invoices.BillingMoney;
import com.growthhub.billing.internal.invoices.CreditNotes;
import com.growthhub.billing.internal.invoices.Invoices;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** A credit note written on an invoice's page, the amount typed in units of the invoice's currency. */
@Controller
class CreditNoteController {

	private final CreditNotes creditNotes;
	private final Invoices invoices;

	CreditNoteController(CreditNotes creditNotes, Invoices invoices) {
		this.creditNotes = creditNotes;
		this.invoices = invoices;
	}

	@PostMapping("/billing/invoices/{id}/credit-notes")
	String create(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String amount,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			String currency = invoices.get(organization, actor, id).currency();
			long minor;
			try {
				minor = BillingMoney.minorUnits(new BigDecimal(amount.strip().replace(",", "")), currency);
			}
			catch (ArithmeticException | NumberFormatException ex) {
				RefusedAction.flash(redirect, "billing.creditNotes.badAmount");
				return "redirect:/billing/invoices/" + id;
			}
			creditNotes.create(organization, actor, id, minor, reason);
			redirect.addFlashAttribute("notice", "billing.creditNotes.created");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/invoices/" + id;
	}
}
