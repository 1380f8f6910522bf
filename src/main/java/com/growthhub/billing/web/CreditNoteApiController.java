package com.growthhub.billing.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.billing.internal.invoices.CreditNotePdfs;
import com.growthhub.billing.internal.invoices.CreditNoteView;
import com.growthhub.billing.internal.invoices.CreditNotes;
import com.growthhub.billing.internal.invoices.InvoiceInputException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/credit-notes")
@Tag(name = "Credit notes", description = "Credit notes that take an amount off an open, partially paid or paid invoice")
class CreditNoteApiController {

	private final CreditNotes creditNotes;
	private final CreditNotePdfs pdfs;

	CreditNoteApiController(CreditNotes creditNotes, CreditNotePdfs pdfs) {
		this.creditNotes = creditNotes;
		this.pdfs = pdfs;
	}

	@GetMapping
	@Operation(summary = "Credit notes, newest first, keyset-paged; only an invoice's with invoiceId")
	CreditNotes.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String invoiceId,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "25") int limit) {
		UUID invoice = null;
		if (invoiceId != null && !invoiceId.isBlank()) {
			try {
				invoice = UUID.fromString(invoiceId.trim());
			}
			catch (IllegalArgumentException ex) {
				throw InvoiceInputException.field("invoiceId", "must be a UUID");
			}
		}
		return creditNotes.list(organization, actor, invoice, PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Credits an issued invoice (managers and up): numbered CN-yyyy-nnnn; lowers what is due, or on a "
			+ "paid invoice becomes a refundable credit; more than is left to credit answers 422, a void invoice 409")
	ResponseEntity<CreditNoteView> create(OrganizationId organization, Actor actor,
			@Valid @RequestBody InvoiceRequests.CreditNoteRequest body) {
		CreditNoteView created = creditNotes.create(organization, actor, body.invoiceId(), body.amountCents(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One credit note")
	CreditNoteView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return creditNotes.get(organization, actor, id);
	}

	@GetMapping(path = "/{id}/pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "A credit note as a PDF (the invoice's layout, logo and seller)")
	ResponseEntity<byte[]> pdf(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		CreditNotePdfs.CreditNotePdf document = pdfs.render(organization, actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(document.pdf());
	}
}
