package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.billing.InvoiceStatus;
import com.growthhub.billing.internal.payments.PaymentBook;
import com.growthhub.billing.internal.payments.PaymentFilter;
import com.growthhub.billing.internal.invoices.BillingAccess;
import com.growthhub.billing.internal.invoices.BillingMoney;
import com.growthhub.billing.internal.invoices.CreditNotes;
import com.growthhub.billing.internal.invoices.InvoiceLine;
import com.growthhub.billing.internal.invoices.InvoiceList;
import com.growthhub.billing.internal.invoices.InvoiceTotals;
import com.growthhub.billing.internal.invoices.InvoiceView;
import com.growthhub.billing.internal.invoices.Products;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** What the invoice pages show besides the invoice: names, products, tabs, the editor's preview. */
@Component
class InvoicePageModel {

	private final ContactDirectory contacts;
	private final Products products;
	private final CreditNotes creditNotes;
	private final BillingAccess access;
	private final PlatformSettings platform;
	private final PaymentBook payments;
	private final com.growthhub.billing.ProviderDirectory providers;

	InvoicePageModel(ContactDirectory contacts, Products products, CreditNotes creditNotes, BillingAccess access,
			PlatformSettings platform, PaymentBook payments,
			org.springframework.beans.factory.ObjectProvider<com.growthhub.billing.ProviderDirectory> providers) {
		this.providers = providers.getIfAvailable(() -> com.growthhub.billing.ProviderDirectory.NONE);
		this.payments = payments;
		this.contacts = contacts;
		this.products = products;
		this.creditNotes = creditNotes;
		this.access = access;
		this.platform = platform;
	}

	/** A status tab: its count and what its invoices are worth (one figure per currency). */
	record Tab(String key, long count, List<String> amounts) {
	}

	/** A product as the editor's picker offers it: what it fills into a line, as typed. */
	record ProductChoice(UUID id, String name, String price, String taxRate) {
	}

	/** The editor's live totals; {@code null} amounts while a line cannot be read. */
	record Preview(@Nullable String subtotal, @Nullable String discount, @Nullable String tax, @Nullable String total) {
	}

	static List<Tab> tabs(List<InvoiceList.StatusTotal> totals) {
		Map<InvoiceStatus, List<InvoiceList.StatusTotal>> byStatus = new LinkedHashMap<>();
		for (InvoiceStatus status : InvoiceStatus.values()) {
			byStatus.put(status, new ArrayList<>());
		}
		totals.forEach(total -> byStatus.get(total.status()).add(total));
		List<Tab> tabs = new ArrayList<>();
		long all = totals.stream().mapToLong(InvoiceList.StatusTotal::count).sum();
		tabs.add(new Tab("", all, List.of()));
		BillingMoney money = new BillingMoney();
		byStatus.forEach((status, rows) -> tabs.add(new Tab(status.key(),
				rows.stream().mapToLong(InvoiceList.StatusTotal::count).sum(),
				rows.stream().map(row -> money.format(row.totalCents(), row.currency())).toList())));
		return tabs;
	}

	static Preview preview(InvoiceForm form) {
		String currency = form.getCurrency() == null ? "USD" : form.getCurrency().trim().toUpperCase(java.util.Locale.ROOT);
		try {
			java.util.Currency.getInstance(currency);
			List<InvoiceLine> lines = new ArrayList<>();
			for (InvoiceForm.LineForm line : form.getLines()) {
				if (line.blank() || line.getQuantity() == null || line.getQuantity().signum() <= 0) {
					continue;
				}
				BigDecimal tax = line.getTaxRate() == null ? BigDecimal.ZERO : line.getTaxRate();
				BigDecimal discount = line.getDiscountPercent();
				if (tax.signum() < 0 || tax.compareTo(BigDecimal.valueOf(100)) > 0
						|| discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0)) {
					return new Preview(null, null, null, null);
				}
				lines.add(new InvoiceLine("line", line.getQuantity(),
						line.getUnitPrice() == null ? 0 : BillingMoney.minorUnits(line.getUnitPrice(), currency), tax, null,
						discount, null));
			}
			InvoiceTotals.Totals totals = InvoiceTotals.of(lines);
			BillingMoney money = new BillingMoney();
			return new Preview(money.format(totals.subtotalCents(), currency), money.format(totals.discountCents(), currency),
					money.format(totals.taxCents(), currency), money.format(totals.totalCents(), currency));
		}
		catch (RuntimeException ex) {
			// A half-typed value (a price with more decimals than the currency has, an unknown code) shows no totals yet.
			return new Preview(null, null, null, null);
		}
	}

	String editor(OrganizationId organization, Actor actor, @Nullable InvoiceView invoice, Model model) {
		model.addAttribute("invoice", invoice);
		model.addAttribute("products", products.list(organization, actor, false).stream()
			.map(p -> new ProductChoice(p.id(), p.name(), BillingMoney.typed(p.unitPriceCents(), p.currency()),
					p.taxRate().toPlainString()))
			.toList());
		// Empty when no module names providers: the editor then shows no provider choice.
		model.addAttribute("providerChoices", providers.choices(organization));
		model.addAttribute("procedureCodes", providers.procedureCodes(organization));
		if (!model.containsAttribute("preview") && model.getAttribute("form") instanceof InvoiceForm form) {
			model.addAttribute("preview", preview(form));
		}
		return "billing/invoice-editor";
	}

	void detail(OrganizationId organization, Actor actor, InvoiceView invoice, Model model) {
		model.addAttribute("invoice", invoice);
		model.addAttribute("contactName", contactName(organization, actor, invoice.contactId()));
		model.addAttribute("mayBill", access.mayBill(organization, actor));
		model.addAttribute("creditNotes", invoice.draft() ? List.of()
				: creditNotes.list(organization, actor, invoice.id(), null, 100).items());
		// Refunds come back from Stripe on the payment they refund: the page shows each payment with what was refunded.
		model.addAttribute("payments", invoice.draft() ? List.of()
				: payments.list(organization, actor, new PaymentFilter(invoice.id(), null, null, null, null), null,
						PaymentBook.MAX_LIMIT).items());
		model.addAttribute("publicUrl", invoice.draft() ? null
				: platform.baseUrl().replaceAll("/+$", "") + "/i/" + invoice.publicToken());
		model.addAttribute("publicPath", "/i/" + invoice.publicToken());
		model.addAttribute("creditable", invoice.draft() ? 0 : invoice.totalCents() - invoice.creditedCents());
	}

	@Nullable String contactName(OrganizationId organization, Actor actor, UUID contactId) {
		try {
			return contacts.nameOf(organization, actor, ContactId.of(contactId));
		}
		catch (NotFoundException ex) {
			return null;
		}
	}
}
