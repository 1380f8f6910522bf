package com.growthhub.billing.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.billing.internal.payments.NewPayment;
import com.growthhub.billing.internal.payments.PaymentAccess;
import com.growthhub.billing.internal.payments.PaymentBook;
import com.growthhub.billing.internal.payments.PaymentFilter;
import com.growthhub.billing.internal.payments.PaymentMethod;
import com.growthhub.billing.internal.payments.PaymentView;
import com.growthhub.billing.internal.payments.Receipts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Payments", description = "Payments against invoices: recorded by hand (cash, bank transfer, card terminal) "
		+ "or by Stripe Checkout; refunds made in Stripe come back as refunded cents")
class PaymentApiController {

	private final PaymentBook book;

	private final PaymentAccess access;

	private final Receipts receipts;

	PaymentApiController(PaymentBook book, PaymentAccess access, Receipts receipts) {
		this.book = book;
		this.access = access;
		this.receipts = receipts;
	}

	record PaymentRequest(@NotNull PaymentMethod method, @NotNull @Min(1) Long amountCents,
			@Nullable @CurrencyCode String currency, @Nullable @Size(max = 200) String reference,
			@Nullable Instant receivedAt) {

		NewPayment toPayment(UUID invoiceId) {
			return new NewPayment(invoiceId, method, amountCents, currency, reference,
					receivedAt == null ? Instant.now() : receivedAt, null, null);
		}
	}

	@PostMapping("/invoices/{id}/payments")
	@Operation(summary = "Record a payment received outside Stripe (cash, bank_transfer, card_terminal, other); partial "
			+ "payments allowed. More than the amount due, a draft or void invoice, or another currency answers 422")
	ResponseEntity<PaymentView> record(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody PaymentRequest request) {
		access.checkRecord(organization, actor);
		PaymentView payment = book.record(organization, actor, request.toPayment(id));
		return ResponseEntity.created(URI.create("/api/v1/payments/" + payment.id())).body(payment);
	}

	@GetMapping("/payments")
	@Operation(summary = "Payments, newest first, keyset-paged; filter by invoiceId, contactId, method, from and to "
			+ "(instants; to exclusive)")
	PaymentBook.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID invoiceId,
			@RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + PaymentBook.DEFAULT_LIMIT) int limit) {
		access.checkRead(organization, actor);
		return book.list(organization, actor, new PaymentFilter(invoiceId, contactId, method, from, to),
				PageCursor.parse(cursor), limit);
	}

	@GetMapping("/receipts/{id}/pdf")
	@Operation(summary = "A payment's receipt as a PDF (a payment's receiptId)")
	ResponseEntity<byte[]> receipt(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.checkRead(organization, actor);
		Receipts.Receipt receipt = receipts.render(organization, actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(receipt.fileName()).build().toString())
			.body(receipt.pdf());
	}

	@GetMapping("/payments/{id}")
	@Operation(summary = "One payment")
	PaymentView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.checkRead(organization, actor);
		return book.get(organization, actor, id);
	}
}
