package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.billing.internal.invoices.InvoiceDraft;
import com.growthhub.billing.internal.invoices.InvoiceLine;
import com.growthhub.billing.internal.invoices.InvoiceView;
import com.growthhub.platform.web.CurrencyCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON bodies of {@code /api/v1/invoices}. */
final class InvoiceRequests {

	private InvoiceRequests() {
	}

	/** A line: quantity × unitPriceCents, taxRate and discountPercent in percent, at most one discount. */
	record LineRequest(@NotBlank @Size(max = 500) String description,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("99999999") @Digits(integer = 8, fraction = 4) BigDecimal quantity,
			@NotNull @PositiveOrZero Long unitPriceCents,
			@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal taxRate,
			@Nullable @PositiveOrZero Long discountCents,
			@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal discountPercent,
			@Nullable UUID productId, @Nullable UUID providerId,
			@Nullable @jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]{1,19}") String procedureCode) {

		InvoiceLine toLine() {
			return new InvoiceLine(description, quantity, unitPriceCents, taxRate == null ? BigDecimal.ZERO : taxRate,
					discountCents, discountPercent, productId, providerId, procedureCode);
		}

		static LineRequest of(com.growthhub.billing.internal.invoices.InvoiceLineView line) {
			return new LineRequest(line.description(), line.quantity(), line.unitPriceCents(), line.taxRate(),
					line.discountCents(), line.discountPercent(), line.productId(), line.providerId(),
					line.procedureCode());
		}
	}

	/** A new draft; currency defaults to the organization's. */
	record InvoiceRequest(@NotNull UUID contactId, @Nullable @CurrencyCode String currency, @Nullable LocalDate dueDate,
			@Nullable @Size(max = 4000) String notes, @Nullable @Size(max = 200) List<@Valid @NotNull LineRequest> lines) {

		InvoiceDraft toDraft() {
			return new InvoiceDraft(contactId, currency, dueDate, notes,
					lines == null ? List.of() : lines.stream().map(LineRequest::toLine).toList());
		}
	}

	/** A change of a draft: properties present replace the draft's, {@code lines} as a whole; absent or null ones stay. */
	record InvoicePatch(@Nullable UUID contactId, @Nullable @CurrencyCode String currency, @Nullable LocalDate dueDate,
			@Nullable @Size(max = 4000) String notes, @Nullable @Size(max = 200) List<@Valid @NotNull LineRequest> lines) {

		InvoiceDraft applyTo(InvoiceView current) {
			return new InvoiceDraft(contactId != null ? contactId : current.contactId(),
					currency != null ? currency : current.currency(), dueDate != null ? dueDate : current.dueDate(),
					notes != null ? notes : current.notes(),
					lines != null ? lines.stream().map(LineRequest::toLine).toList()
							: current.lines().stream().map(LineRequest::of).map(LineRequest::toLine).toList());
		}
	}

	record CreditNoteRequest(@NotNull UUID invoiceId, @NotNull @jakarta.validation.constraints.Positive Long amountCents,
			@Nullable @Size(max = 1000) String reason) {
	}

	record ProductRequest(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description,
			@NotNull @PositiveOrZero Long unitPriceCents, @Nullable @CurrencyCode String currency,
			@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal taxRate,
			@Nullable Boolean archived) {
	}

	record ProductPatch(@Nullable @Size(min = 1, max = 200) String name, @Nullable @Size(max = 1000) String description,
			@Nullable @PositiveOrZero Long unitPriceCents, @Nullable @CurrencyCode String currency,
			@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal taxRate,
			@Nullable Boolean archived) {
	}
}
