package com.growthhub.expenses.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An expense as the API and the pages show it. {@code actions} are what the person who asked may do with it now;
 * {@code reading} is what reading its receipt suggested, when a receipt was read.
 */
public record ExpenseView(UUID id, String title, @Nullable String description, @Nullable String merchant,
		@Nullable Long amountCents, String currency, @Nullable UUID categoryId, @Nullable String categoryName,
		ExpenseType type, @Nullable LocalDate spentOn, @Nullable UUID eventId, @Nullable String campaign,
		ExpenseStatus status, @Nullable String rejectionReason, UUID createdBy, @Nullable Instant submittedAt,
		@Nullable UUID decidedBy, @Nullable Instant decidedAt, @Nullable UUID reimbursedBy, @Nullable Instant reimbursedAt,
		Instant createdAt, Instant updatedAt, long version, @Nullable Receipt receipt, @Nullable ReceiptReading reading,
		List<ExpenseAction> actions) {

	/** The receipt's file: its type from its bytes, the name it was uploaded with, and its thumbnail once made. */
	public record Receipt(UUID fileId, String contentType, String name, @Nullable UUID thumbnailFileId) {

		public boolean thumbnail() {
			return thumbnailFileId != null;
		}

		public boolean image() {
			return contentType.startsWith("image/");
		}
	}

	ExpenseView withActions(List<ExpenseAction> allowed) {
		return new ExpenseView(id, title, description, merchant, amountCents, currency, categoryId, categoryName, type,
				spentOn, eventId, campaign, status, rejectionReason, createdBy, submittedAt, decidedBy, decidedAt,
				reimbursedBy, reimbursedAt, createdAt, updatedAt, version, receipt, reading, allowed);
	}

	ExpenseView withReading(@Nullable ReceiptReading found) {
		return new ExpenseView(id, title, description, merchant, amountCents, currency, categoryId, categoryName, type,
				spentOn, eventId, campaign, status, rejectionReason, createdBy, submittedAt, decidedBy, decidedAt,
				reimbursedBy, reimbursedAt, createdAt, updatedAt, version, receipt, found, actions);
	}
}
