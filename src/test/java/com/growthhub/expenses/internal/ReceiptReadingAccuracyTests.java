package com.growthhub.expenses.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the committed receipts ({@link ReceiptImages}) with the installed tesseract and measures how often each value
 * comes out right. The floors are what was measured with tesseract 5.3 (Debian 12) when this test was written, so a
 * change that reads receipts worse fails; the figures are logged on every run.
 */
class ReceiptReadingAccuracyTests {

	private static final Logger log = LoggerFactory.getLogger(ReceiptReadingAccuracyTests.class);

	/** Measured 15 of 15 for each value with tesseract 5.3.0 (Debian 12): one miss is allowed, two fail. */
	static final int AMOUNT_FLOOR = 14;
	static final int DATE_FLOOR = 14;
	static final int MERCHANT_FLOOR = 14;

	private final ReceiptReader reader = new ReceiptReader(new ExpenseSettings.Ocr(true, "tesseract", Duration.ofSeconds(60)),
			Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

	record Expected(String file, long amountCents, LocalDate date, String merchant) {
	}

	@Test
	void readsAmountsDatesAndMerchantsOfTheSampleReceipts() throws Exception {
		assumeTrue(reader.available(), "tesseract-ocr is not installed");
		List<Expected> receipts = expected();
		int amounts = 0;
		int dates = 0;
		int merchants = 0;
		for (Expected receipt : receipts) {
			ReceiptReader.Result result;
			try (InputStream image = getClass().getResourceAsStream("/com/growthhub/expenses/receipts/" + receipt.file())) {
				result = reader.read(Objects.requireNonNull(image, receipt.file()));
			}
			ReceiptText.Suggestion found = result.suggestion();
			boolean amount = Objects.equals(found.amountCents(), receipt.amountCents());
			boolean date = Objects.equals(found.spentOn(), receipt.date());
			boolean merchant = found.merchant() != null && letters(found.merchant()).equals(letters(receipt.merchant()));
			amounts += amount ? 1 : 0;
			dates += date ? 1 : 0;
			merchants += merchant ? 1 : 0;
			log.info("{}: amount {} ({}%) {}, date {} ({}%) {}, merchant \"{}\" ({}%) {}", receipt.file(), found.amountCents(),
					found.amountConfidence(), amount ? "right" : "WRONG", found.spentOn(), found.dateConfidence(),
					date ? "right" : "WRONG", found.merchant(), found.merchantConfidence(), merchant ? "right" : "WRONG");
		}
		int total = receipts.size();
		log.info("Receipt reading accuracy over {} receipts: amount {}/{} ({}%), date {}/{} ({}%), merchant {}/{} ({}%)", total,
				amounts, total, amounts * 100 / total, dates, total, dates * 100 / total, merchants, total,
				merchants * 100 / total);
		assertThat(amounts).as("amounts read right").isGreaterThanOrEqualTo(AMOUNT_FLOOR);
		assertThat(dates).as("dates read right").isGreaterThanOrEqualTo(DATE_FLOOR);
		assertThat(merchants).as("merchants read right").isGreaterThanOrEqualTo(MERCHANT_FLOOR);
	}

	private List<Expected> expected() throws Exception {
		try (InputStream manifest = getClass().getResourceAsStream("/com/growthhub/expenses/receipts/receipts.csv")) {
			return new String(Objects.requireNonNull(manifest).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.skip(1)
				.map(line -> line.split(",", 4))
				.map(cells -> new Expected(cells[0], Long.parseLong(cells[1]), LocalDate.parse(cells[2]), cells[3]))
				.toList();
		}
	}

	private static String letters(String text) {
		return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}
}
