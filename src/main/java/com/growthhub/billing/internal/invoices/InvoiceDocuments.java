package com.growthhub.billing.internal.invoices;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * What an invoice's PDF and public page print: the invoice, its seller and its customer. The customer's name is read
 * as a job would, since a document names its addressee whoever opens it.
 */
@Component
public class InvoiceDocuments {

	/** The template of an invoice's PDF. */
	public static final String PDF_TEMPLATE = "billing/invoice-pdf";

	private static final Actor READER = new Actor.Job("invoice-document");

	private final InvoiceRepository invoices;
	private final BillingSettings settings;
	private final ContactDirectory contacts;
	private final TenantTransactions transactions;

	InvoiceDocuments(InvoiceRepository invoices, BillingSettings settings, ContactDirectory contacts,
			TenantTransactions transactions) {
		this.invoices = invoices;
		this.settings = settings;
		this.contacts = contacts;
		this.transactions = transactions;
	}

	public Map<String, Object> model(OrganizationId organization, UUID invoiceId) {
		return transactions.call(organization, READER, () -> {
			InvoiceView invoice = invoices.find(organization, invoiceId).orElseThrow(() -> NotFoundException.of("Invoice"));
			BillingSettings.Values values = settings.current(organization);
			Seller seller = new Seller(values.businessName(), values.businessAddress(),
					settings.logoDataUri(organization));
			ContactDirectory.Addressee customer = contacts.addressee(organization, READER, ContactId.of(invoice.contactId()));
			return Map.of("invoice", invoice, "seller", seller, "customer", customer);
		});
	}
}
