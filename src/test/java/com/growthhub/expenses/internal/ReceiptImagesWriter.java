package com.growthhub.expenses.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Draws the committed receipts again: {@code ./mvnw test -Dtest=ReceiptImagesWriter -Dreceipts.draw=true}. */
class ReceiptImagesWriter {

	@Test
	@EnabledIfSystemProperty(named = "receipts.draw", matches = "true")
	void drawsTheReceipts() throws Exception {
		ReceiptImages.write(Path.of("src/test/resources/com/growthhub/expenses/receipts"));
	}
}
