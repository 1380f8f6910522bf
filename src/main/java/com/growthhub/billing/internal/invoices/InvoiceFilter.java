package com.growthhub.billing.internal.invoices;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.billing.InvoiceStatus;

/** Which invoices a list shows: a status, a contact, and an inclusive range of issue dates. */
public record InvoiceFilter(@Nullable InvoiceStatus status, @Nullable UUID contactId, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null);

	/** From query parameters; a bad value is a 400 naming the parameter. */
	public static InvoiceFilter parse(@Nullable String status, @Nullable String contactId, @Nullable String from,
			@Nullable String to) {
		return new InvoiceFilter(status(status), uuid("contactId", contactId), date("from", from), date("to", to));
	}

	public InvoiceFilter withStatus(@Nullable InvoiceStatus other) {
		return new InvoiceFilter(other, contactId, from, to);
	}

	private static @Nullable InvoiceStatus status(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return InvoiceStatus.fromKey(value);
		}
		catch (IllegalArgumentException ex) {
			throw InvoiceInputException.field("status",
					"must be one of [draft, open, partially_paid, paid, void, uncollectible]");
		}
	}

	private static @Nullable UUID uuid(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw InvoiceInputException.field(field, "must be a UUID");
		}
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvoiceInputException.field(field, "must be a date (YYYY-MM-DD)");
		}
	}
}
