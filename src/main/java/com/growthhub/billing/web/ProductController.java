package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.internal.invoices.BillingMoney;
import com.growthhub.billing.internal.invoices.BillingAccess;
import com.growthhub.billing.internal.invoices.Products;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The price list page: products to fill invoice lines with, added and archived by managers. */
@Controller
class ProductController {

	private final Products products;
	private final BillingAccess access;
	private final OrganizationPreferences preferences;

	ProductController(Products products, BillingAccess access, OrganizationPreferences preferences) {
		this.products = products;
		this.access = access;
		this.preferences = preferences;
	}

	@GetMapping("/billing/products")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("products", products.list(organization, actor, true));
		model.addAttribute("mayBill", access.mayBill(organization, actor));
		model.addAttribute("defaultCurrency", preferences.defaultCurrency(organization));
		return "billing/products";
	}

	@PostMapping("/billing/products")
	String create(OrganizationId organization, Actor actor, @RequestParam String name,
			@RequestParam(required = false) @Nullable String description, @RequestParam String price,
			@RequestParam String currency, @RequestParam(defaultValue = "0") String taxRate, RedirectAttributes redirect) {
		try {
			long minor = BillingMoney.minorUnits(new BigDecimal(price.strip().replace(",", "")), currency.strip().toUpperCase(java.util.Locale.ROOT));
			products.create(organization, actor, new Products.Draft(name, description, minor, currency,
					new BigDecimal(taxRate.strip()), false));
			redirect.addFlashAttribute("notice", "billing.products.created");
		}
		catch (ArithmeticException | IllegalArgumentException ex) {
			RefusedAction.flash(redirect, "billing.products.badInput");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/products";
	}

	@PostMapping("/billing/products/{id}/archive")
	String archive(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
		try {
			Products.Draft current = products.draftOf(products.get(organization, actor, id));
			products.update(organization, actor, id, new Products.Draft(current.name(), current.description(),
					current.unitPriceCents(), current.currency(), current.taxRate(), archived));
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/products";
	}
}
