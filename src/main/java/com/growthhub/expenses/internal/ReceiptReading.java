package com.growthhub.expenses.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What reading a receipt found: an amount, a date and a merchant, each with a confidence from 0 to 100 (how sure the
 * reading is), until a person accepts them (perhaps corrected) or dismisses them.
 */
public record ReceiptReading(Status status, @Nullable Long amountCents, @Nullable String currency,
		@Nullable Integer amountConfidence, @Nullable LocalDate spentOn, @Nullable Integer dateConfidence,
		@Nullable String merchant, @Nullable Integer merchantConfidence, @Nullable Instant readAt) {

	public enum Status {
		/** The background job has not read it yet. */
		PENDING,
		/** Something was found and waits for a person. */
		SUGGESTED,
		/** The text held no amount, date or merchant. */
		NOTHING_FOUND,
		/** Reading failed (an unreadable image); the form stays manual. */
		FAILED,
		/** A PDF: only images are read. */
		UNSUPPORTED,
		ACCEPTED, CORRECTED, DISMISSED;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Whether the suggestion waits for a person to accept, correct or dismiss it. */
	@JsonProperty("awaitingDecision")
	public boolean awaitingDecision() {
		return status == Status.SUGGESTED;
	}

	/** The amount as a form shows it ({@code 12.50}), empty when none was found. */
	public String typedAmount() {
		return amountCents == null ? "" : java.math.BigDecimal.valueOf(amountCents, 2).toPlainString();
	}

	/** The lowest confidence among the values found, for one figure to show. */
	@JsonProperty("confidence")
	public @Nullable Integer confidence() {
		Integer lowest = null;
		for (Integer value : new Integer[] { amountConfidence, dateConfidence, merchantConfidence }) {
			if (value != null && (lowest == null || value < lowest)) {
				lowest = value;
			}
		}
		return lowest;
	}
}
