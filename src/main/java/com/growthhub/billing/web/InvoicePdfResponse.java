package com.growthhub.billing.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.growthhub.billing.internal.invoices.InvoiceView;

/** An invoice's PDF as a download named after its number (a draft's after its id). */
final class InvoicePdfResponse {

	private InvoicePdfResponse() {
	}

	static ResponseEntity<byte[]> of(InvoiceView invoice, byte[] pdf, boolean inline) {
		String name = (invoice.number() != null ? invoice.number() : "draft-" + invoice.id()) + ".pdf";
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(name).build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}
}
