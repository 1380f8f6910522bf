package com.growthhub.billing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoicePdf;
import com.growthhub.billing.internal.invoices.InvoiceFilter;
import com.growthhub.billing.internal.invoices.InvoiceIssuing;
import com.growthhub.billing.internal.invoices.InvoiceList;
import com.growthhub.billing.internal.invoices.InvoiceView;
import com.growthhub.billing.internal.invoices.Invoices;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices: drafts with line items and exact integer-cent totals, issuing with a "
		+ "gapless number, the PDF and the customer's email, voiding and writing off")
class InvoiceApiController {

	private final Invoices invoices;
	private final InvoiceIssuing issuing;
	private final InvoiceList list;
	private final InvoicePdf pdf;
	private final PlatformSettings platform;

	InvoiceApiController(Invoices invoices, InvoiceIssuing issuing, InvoiceList list, InvoicePdf pdf,
			PlatformSettings platform) {
		this.invoices = invoices;
		this.issuing = issuing;
		this.list = list;
		this.pdf = pdf;
		this.platform = platform;
	}

	record Page(List<InvoiceList.StatusTotal> totals, List<Summary> items, @Nullable String nextCursor) {
	}

	record Summary(UUID id, @Nullable String number, UUID contactId, @Nullable String contactName, String currency,
			com.growthhub.billing.InvoiceStatus status, long totalCents, long amountDueCents,
			java.time.@Nullable LocalDate issueDate, java.time.@Nullable LocalDate dueDate, java.time.Instant createdAt) {
	}

	@GetMapping
	@Operation(summary = "Invoices, newest first, keyset-paged; filter by status, contactId and issue dates from and to "
			+ "(inclusive). totals: count, total and amount due per status and currency under the other filters")
	Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String contactId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + InvoiceList.DEFAULT_LIMIT) int limit) {
		InvoiceFilter filter = InvoiceFilter.parse(status, contactId, from, to);
		InvoiceList.Page page = list.list(organization, actor, filter, PageCursor.parse(cursor), limit);
		return new Page(list.totals(organization, actor, filter),
				page.items().stream().map(s -> new Summary(s.id(), s.number(), s.contactId(), s.contactName(), s.currency(),
						s.status(), s.totalCents(), s.amountDueCents(), s.issueDate(), s.dueDate(), s.createdAt())).toList(),
				page.nextCursor());
	}

	@PostMapping
	@Operation(summary = "Creates a draft invoice for a contact; currency defaults to the organization's")
	ResponseEntity<InvoiceResponse> create(OrganizationId organization, Actor actor,
			@Valid @RequestBody InvoiceRequests.InvoiceRequest body) {
		InvoiceView created = invoices.create(organization, actor, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + created.id())).body(answer(created));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One invoice with its lines and amounts")
	InvoiceResponse get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return answer(invoices.get(organization, actor, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes a draft: properties present replace, lines as a whole; an issued invoice answers 409")
	InvoiceResponse update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody InvoiceRequests.InvoicePatch body) {
		InvoiceView current = invoices.get(organization, actor, id);
		return answer(invoices.update(organization, actor, id, body.applyTo(current)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a draft; an issued invoice answers 409 (void it instead)")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		invoices.deleteDraft(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/issue")
	@Operation(summary = "Issues a draft (managers and up): the next gapless number, issue date today, due date kept or "
			+ "today plus the payment terms; emails the PDF and the public link to the contact when they have an email")
	InvoiceResponse issue(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return answer(issuing.issue(organization, actor, id));
	}

	@PostMapping("/{id}/void")
	@Operation(summary = "Voids an open or uncollectible invoice with no payments (managers and up); it keeps its number")
	InvoiceResponse voidInvoice(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return answer(invoices.voidInvoice(organization, actor, id));
	}

	@PostMapping("/{id}/mark-uncollectible")
	@Operation(summary = "Writes off an open or partially paid invoice (managers and up); late payments are still recorded")
	InvoiceResponse markUncollectible(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return answer(invoices.markUncollectible(organization, actor, id));
	}

	@GetMapping(path = "/{id}/pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "The invoice as a PDF")
	ResponseEntity<byte[]> pdf(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		InvoiceView invoice = invoices.get(organization, actor, id);
		return InvoicePdfResponse.of(invoice, pdf.render(organization, InvoiceId.of(id)), false);
	}

	private InvoiceResponse answer(InvoiceView invoice) {
		return InvoiceResponse.of(invoice, platform.baseUrl());
	}
}
