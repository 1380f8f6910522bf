package com.growthhub.billing;

import org.springframework.stereotype.Component;

import com.growthhub.billing.internal.invoices.InvoiceDocuments;
import com.growthhub.shared.OrganizationId;

/** An invoice as a PDF: the seller, the customer, the lines and totals, as the customer receives it. */
@Component
public class InvoicePdf {

	private final InvoiceDocuments documents;
	private final PdfDocuments pdf;

	InvoicePdf(InvoiceDocuments documents, PdfDocuments pdf) {
		this.documents = documents;
		this.pdf = pdf;
	}

	/** @throws com.growthhub.platform.web.NotFoundException for an invoice of another organization */
	public byte[] render(OrganizationId organization, InvoiceId invoice) {
		return pdf.render(InvoiceDocuments.PDF_TEMPLATE, documents.model(organization, invoice.value()));
	}
}
