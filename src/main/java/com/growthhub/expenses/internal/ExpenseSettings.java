package com.growthhub.expenses.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.growthhub.platform.files.UploadPolicy;

/**
 * Expense settings ({@code growthhub.expenses.*}).
 *
 * @param receiptMaxSize the largest receipt accepted ({@code GROWTHHUB_EXPENSES_RECEIPT_MAX_SIZE}, 10 MB)
 * @param ocr reading receipts with Debian's {@code tesseract-ocr}
 */
@ConfigurationProperties("growthhub.expenses")
public record ExpenseSettings(@DefaultValue("10MB") DataSize receiptMaxSize, @DefaultValue Ocr ocr) {

	/** Receipts are photos or scans (JPEG, PNG) or PDFs, decided from their bytes. */
	public UploadPolicy receiptPolicy() {
		return UploadPolicy.of("receipt", receiptMaxSize, "image/jpeg", "image/png", "application/pdf");
	}

	/**
	 * @param enabled set {@code false} to keep every form manual even where tesseract is installed
	 * @param command the tesseract program ({@code GROWTHHUB_EXPENSES_OCR_COMMAND})
	 * @param timeout how long one receipt may take before the reading is given up
	 */
	public record Ocr(@DefaultValue("true") boolean enabled, @DefaultValue("tesseract") String command,
			@DefaultValue("60s") Duration timeout) {
	}
}
