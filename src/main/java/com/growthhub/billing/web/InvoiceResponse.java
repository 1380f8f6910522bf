package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.billing.InvoiceStatus;
import com.growthhub.billing.internal.invoices.InvoiceLineView;
import com.growthhub.billing.internal.invoices.InvoiceView;

/** An invoice as the API answers it; {@code publicUrl} is the customer's page, once issued. */
record InvoiceResponse(UUID id, @Nullable String number, UUID contactId, String currency, InvoiceStatus status,
		long subtotalCents, long discountCents, long taxCents, long totalCents, long creditedCents, long amountPaidCents,
		long amountDueCents, @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, @Nullable String notes,
		@Nullable String publicUrl, Instant createdAt, Instant updatedAt, long version, List<Line> lines) {

	record Line(UUID id, String description, BigDecimal quantity, long unitPriceCents, BigDecimal taxRate,
			@Nullable Long discountCents, @Nullable BigDecimal discountPercent, @Nullable UUID productId,
			long subtotalCents, long lineDiscountCents, long taxCents, long totalCents, @Nullable UUID providerId,
			@Nullable String procedureCode) {

		static Line of(InvoiceLineView line) {
			return new Line(line.id(), line.description(), line.quantity(), line.unitPriceCents(), line.taxRate(),
					line.discountCents(), line.discountPercent(), line.productId(), line.lineSubtotalCents(),
					line.lineDiscountCents(), line.lineTaxCents(), line.lineTotalCents(), line.providerId(),
					line.procedureCode());
		}
	}

	static InvoiceResponse of(InvoiceView v, String baseUrl) {
		return new InvoiceResponse(v.id(), v.number(), v.contactId(), v.currency(), v.status(), v.subtotalCents(),
				v.discountCents(), v.taxCents(), v.totalCents(), v.creditedCents(), v.amountPaidCents(), v.amountDueCents(),
				v.issueDate(), v.dueDate(), v.notes(), v.draft() ? null : baseUrl.replaceAll("/+$", "") + "/i/" + v.publicToken(),
				v.createdAt(), v.updatedAt(), v.version(), v.lines().stream().map(Line::of).toList());
	}
}
