package com.growthhub.billing.internal.invoices;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.billing.PdfDocuments;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A credit note as a PDF: its number, the invoice it credits, the amount and reason, and what the invoice still asks;
 * the invoice's layout and fonts ({@code billing/pdf-layout}), rendered on request like the invoice's.
 */
@Component
public class CreditNotePdfs {

	static final String TEMPLATE = "billing/credit-note-pdf";

	public record CreditNotePdf(String fileName, byte[] pdf) {
	}

	private final CreditNotes creditNotes;

	private final InvoiceDocuments invoices;

	private final PdfDocuments pdf;

	CreditNotePdfs(CreditNotes creditNotes, InvoiceDocuments invoices, PdfDocuments pdf) {
		this.creditNotes = creditNotes;
		this.invoices = invoices;
		this.pdf = pdf;
	}

	/** @throws com.growthhub.platform.web.NotFoundException for a credit note of another organization */
	public CreditNotePdf render(OrganizationId organization, Actor actor, UUID id) {
		CreditNoteView creditNote = creditNotes.get(organization, actor, id);
		Map<String, Object> model = new HashMap<>(invoices.model(organization, creditNote.invoiceId()));
		model.put("creditNote", creditNote);
		return new CreditNotePdf(creditNote.number() + ".pdf", pdf.render(TEMPLATE, model));
	}
}
