package com.growthhub.expenses.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.files.FileContent;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The background work on one receipt: a thumbnail for an image receipt (a PDF shows an icon: no PDF renderer is on
 * the classpath), then, where tesseract is installed, the suggested amount, date and merchant. Work for a receipt that
 * has since been replaced or deleted is dropped; the thumbnail it made is removed.
 */
@Component
class ReceiptProcessor {

	private static final Logger log = LoggerFactory.getLogger(ReceiptProcessor.class);
	private static final Actor JOB = new Actor.Job("expense-receipt");

	private final StoredFiles files;
	private final ReceiptThumbnails thumbnails;
	private final ReceiptReader reader;
	private final ExpenseRepository repository;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ReceiptProcessor(StoredFiles files, ReceiptThumbnails thumbnails, ReceiptReader reader, ExpenseRepository repository,
			JdbcClient jdbc, TenantTransactions transactions) {
		this.files = files;
		this.thumbnails = thumbnails;
		this.reader = reader;
		this.repository = repository;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	void process(OrganizationId organization, UUID expenseId, UUID receiptId) {
		Optional<StoredFile> receipt = files.find(organization, FileId.of(receiptId));
		if (receipt.isEmpty() || !current(organization, expenseId, receiptId)) {
			return;
		}
		if (!receipt.get().contentType().startsWith("image/")) {
			return;
		}
		thumbnail(organization, expenseId, receiptId);
		if (reader.available()) {
			read(organization, expenseId, receiptId);
		}
	}

	private void thumbnail(OrganizationId organization, UUID expenseId, UUID receiptId) {
		boolean made = transactions.call(organization, JOB, () -> jdbc.sql(
				"select thumbnail_file_id is not null from expenses where organization_id = ? and id = ? and receipt_file_id = ?")
			.params(organization.value(), expenseId, receiptId).query(Boolean.class).optional().orElse(true));
		if (made) {
			return;
		}
		try {
			byte[] jpeg;
			try (FileContent content = files.open(organization, FileId.of(receiptId), null)) {
				jpeg = thumbnails.of(content.stream());
			}
			StoredFile thumbnail = files.storeDerived(organization, new java.io.ByteArrayInputStream(jpeg), "image/jpeg",
					"receipt-thumbnail.jpg");
			boolean kept = transactions.call(organization, JOB,
					() -> repository.setThumbnail(organization, expenseId, receiptId, thumbnail.id().value()));
			if (!kept) {
				files.delete(organization, thumbnail.id());
			}
		}
		catch (ReceiptThumbnails.UnreadableImageException ex) {
			log.info("No thumbnail for the receipt of expense {}: {}", expenseId, ex.getMessage());
		}
	}

	private void read(OrganizationId organization, UUID expenseId, UUID receiptId) {
		ReceiptReader.Result result;
		try (FileContent content = files.open(organization, FileId.of(receiptId), null); InputStream in = content.stream()) {
			result = reader.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		transactions.run(organization, JOB, () -> {
			if (!current(organization, expenseId, receiptId)) {
				return;
			}
			ReceiptText.Suggestion found = result.suggestion();
			ReceiptReading.Status status = result.failure() != null ? ReceiptReading.Status.FAILED
					: found.empty() ? ReceiptReading.Status.NOTHING_FOUND : ReceiptReading.Status.SUGGESTED;
			jdbc.sql("""
					update expense_receipt_readings set status = ?, amount_cents = ?, currency = ?, amount_confidence = ?,
					  spent_on = ?, date_confidence = ?, merchant = ?, merchant_confidence = ?, failure = ?, read_at = now()
					where organization_id = ? and expense_id = ? and status = 'PENDING'
					""").params(status.name(), found.amountCents(), found.currency(), found.amountConfidence(), found.spentOn(),
					found.dateConfidence(), found.merchant(), found.merchantConfidence(), result.failure(),
					organization.value(), expenseId).update();
		});
	}

	private boolean current(OrganizationId organization, UUID expenseId, UUID receiptId) {
		return transactions.call(organization, JOB, () -> jdbc.sql(
				"select exists (select 1 from expenses where organization_id = ? and id = ? and receipt_file_id = ?)")
			.params(organization.value(), expenseId, receiptId).query(Boolean.class).single());
	}
}
