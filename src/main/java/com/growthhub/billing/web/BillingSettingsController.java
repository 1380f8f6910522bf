package com.growthhub.billing.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.internal.invoices.BillingSettings;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Billing settings page: the invoice number pattern, the payment terms and the seller printed on invoices. */
@Controller
class BillingSettingsController {

	private final BillingSettings settings;

	BillingSettingsController(BillingSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/billing/settings")
	String show(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("settings", settings.read(organization, actor));
		return "billing/settings";
	}

	@PostMapping("/billing/settings")
	String save(OrganizationId organization, Actor actor, @RequestParam String invoiceNumberPattern,
			@RequestParam(defaultValue = "14") int paymentTermsDays, @RequestParam(required = false) @Nullable String businessName,
			@RequestParam(required = false) @Nullable String businessAddress, RedirectAttributes redirect) {
		try {
			settings.update(organization, actor, new BillingSettings.Values(invoiceNumberPattern, paymentTermsDays,
					businessName, businessAddress));
			redirect.addFlashAttribute("notice", "billing.settings.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/settings";
	}
}
