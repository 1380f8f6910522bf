package com.growthhub.billing.internal.invoices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoiceIssued;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

import com.growthhub.billing.PdfDocuments;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.shared.OrganizationId;

/**
 * The email that delivers an issued invoice: its PDF attached and a link to the public page where the customer reads,
 * downloads and pays it. Sent once per invoice after {@link InvoiceIssued} (delivered again after a crash, so the invoice
 * remembers that its email left). A contact without an email address gets none; the page shows the link to send by
 * other means.
 */
@Component
class InvoiceEmails {

	static final String TEMPLATE = "invoice-issued";

	private final Outbox outbox;
	private final InvoiceDocuments documents;
	private final PdfDocuments pdf;
	private final PlatformSettings platform;
	private final BillingMoney money;
	private final InvoiceRepository invoices;
	private final TenantTransactions transactions;
	private final JdbcClient jdbc;

	InvoiceEmails(Outbox outbox, InvoiceDocuments documents, PdfDocuments pdf, PlatformSettings platform, BillingMoney money,
			InvoiceRepository invoices, TenantTransactions transactions, JdbcClient jdbc) {
		this.invoices = invoices;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.documents = documents;
		this.pdf = pdf;
		this.platform = platform;
		this.money = money;
	}

	/** The public page of an invoice, as its customer opens it. */
	String publicLink(InvoiceView invoice) {
		return platform.baseUrl().replaceAll("/+$", "") + "/i/" + invoice.publicToken();
	}

	@ApplicationModuleListener
	void on(InvoiceIssued event) {
		OrganizationId organization = event.organizationId();
		transactions.run(organization, new Actor.Job("invoice-email"), () -> {
			boolean first = jdbc.sql("update invoices set emailed_at = now() where organization_id = ? and id = ? and emailed_at is null")
				.params(organization.value(), event.invoiceId().value()).update() == 1;
			if (first) {
				invoices.find(organization, event.invoiceId().value()).ifPresent(invoice -> send(organization, invoice));
			}
		});
	}

	private void send(OrganizationId organization, InvoiceView invoice) {
		Map<String, Object> document = documents.model(organization, invoice.id());
		ContactDirectory.Addressee customer = (ContactDirectory.Addressee) document.get("customer");
		if (customer.email() == null) {
			return;
		}
		Seller seller = (Seller) document.get("seller");
		byte[] bytes = pdf.render(InvoiceDocuments.PDF_TEMPLATE, document);
		Map<String, Object> model = new HashMap<>();
		model.put("name", customer.name());
		model.put("number", invoice.number());
		model.put("amount", money.format(invoice.totalCents(), invoice.currency()));
		model.put("dueDate", String.valueOf(invoice.dueDate()));
		model.put("seller", seller.name() == null ? "" : seller.name());
		model.put("link", publicLink(invoice));
		String subject = "Invoice " + invoice.number() + (seller.name() == null ? "" : " from " + seller.name());
		outbox.enqueue(new EmailRequest(organization, null, customer.email(), TEMPLATE, subject, model, null,
				List.of(new EmailRequest.Attachment(invoice.number() + ".pdf", "application/pdf", bytes)))
			.toContact(invoice.contactId()));
	}
}
