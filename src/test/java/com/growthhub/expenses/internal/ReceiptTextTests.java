package com.growthhub.expenses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules that find a receipt's amount, date and merchant in the words read off it. */
class ReceiptTextTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void theTotalIsOnTheLineThatSaysSoNotOnSubtotalTaxOrCash() {
		ReceiptText.Suggestion found = read("Shop", "Subtotal 45.97", "Sales tax 3.68", "Total 49.65", "Cash 50.00",
				"Change 0.35");
		assertThat(found.amountCents()).isEqualTo(4965);
		assertThat(found.amountConfidence()).isEqualTo(81);
	}

	@Test
	void whatWasPaidOrIsDueWinsOverAPlainTotal() {
		assertThat(read("Bistro", "TOTAL 64.00", "TIP 10.00", "AMOUNT PAID 74.00").amountCents()).isEqualTo(7400);
		assertThat(read("Hotel", "Room 380.00", "Amount due EUR 1,412.50").amountCents()).isEqualTo(141250);
	}

	@Test
	void withoutATotalLineTheLargestAmountIsSuggestedLessSurely() {
		ReceiptText.Suggestion found = read("Kiosk", "Water 1.50", "Sandwich 6.20");
		assertThat(found.amountCents()).isEqualTo(620);
		assertThat(found.amountConfidence()).isEqualTo(45);
	}

	@Test
	void commaDecimalsAndThousandsSeparatorsAreRead() {
		assertThat(read("Markt", "Summe", "TOTAL 19,99").amountCents()).isEqualTo(1999);
		assertThat(read("Venue", "Total due 2,500.00").amountCents()).isEqualTo(250000);
		assertThat(read("Hotel", "Total 1.234,50").amountCents()).isEqualTo(123450);
	}

	@Test
	void aCurrencyIsSuggestedOnlyWhenTheReceiptNamesOne() {
		assertThat(read("Pret", "Total £8.45").currency()).isEqualTo("GBP");
		assertThat(read("Hotel", "Amount due EUR 412.00").currency()).isEqualTo("EUR");
		assertThat(read("Diner", "Total $27.80").currency()).isNull();
	}

	@Test
	void datesAreReadInTheirUsualWritings() {
		assertThat(read("A", "2026-03-05 08:41").spentOn()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(read("A", "Jan 9, 2026 3:12 PM").spentOn()).isEqualTo(LocalDate.of(2026, 1, 9));
		assertThat(read("A", "18 Jul 2026").spentOn()).isEqualTo(LocalDate.of(2026, 7, 18));
		assertThat(read("A", "Invoice date: August 3, 2026").spentOn()).isEqualTo(LocalDate.of(2026, 8, 3));
		assertThat(read("A", "07/22/26 06:15").spentOn()).isEqualTo(LocalDate.of(2026, 7, 22));
		assertThat(read("A", "14-09-2026").spentOn()).isEqualTo(LocalDate.of(2026, 9, 14));
	}

	@Test
	void anAmbiguousDayAndMonthFollowTheSeparatorLessSurely() {
		ReceiptText.Suggestion dotted = read("A", "09.10.2026 18:22");
		assertThat(dotted.spentOn()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(dotted.dateConfidence()).isEqualTo(54);
		assertThat(read("A", "05/01/2026").spentOn()).isEqualTo(LocalDate.of(2026, 5, 1));
	}

	@Test
	void aDateLineIsPreferredAndFutureOrImpossibleDatesAreNot() {
		assertThat(read("A", "Order 2026-01-01", "Date: 2026-02-02").spentOn()).isEqualTo(LocalDate.of(2026, 2, 2));
		assertThat(read("A", "31/02/2026").spentOn()).isNull();
		assertThat(read("A", "2027-06-01").spentOn()).isNull();
	}

	@Test
	void theMerchantIsTheFirstLineOfWordsAtTheTop() {
		assertThat(read("RECEIPT", "Blue Bottle Coffee", "300 Webster St").merchant()).isEqualTo("Blue Bottle Coffee");
		assertThat(read("12.50", "www.shop.example", "Tel 555 0101", "Corner Market").merchant()).isEqualTo("Corner Market");
		assertThat(read("1234 5678 90").merchant()).isNull();
	}

	@Test
	void nothingFoundIsAnEmptySuggestion() {
		assertThat(read().empty()).isTrue();
		assertThat(ReceiptText.suggest(ReceiptText.fromTsv("level\tpage_num\n"), TODAY).empty()).isTrue();
	}

	@Test
	void tesseractsTsvBecomesLinesOfWordsWithTheirConfidence() {
		String tsv = String.join("\n", "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
				"5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96.5\tJoe's", "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t91\tDiner",
				"4\t1\t1\t1\t2\t0\t0\t0\t1\t1\t-1\t", "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t88\tTotal",
				"5\t1\t1\t1\t2\t2\t0\t0\t1\t1\t70\t27.80");
		List<ReceiptText.Line> lines = ReceiptText.fromTsv(tsv);
		assertThat(lines).extracting(ReceiptText.Line::text).containsExactly("Joe's Diner", "Total 27.80");
		ReceiptText.Suggestion found = ReceiptText.suggest(lines, TODAY);
		assertThat(found.amountCents()).isEqualTo(2780);
		assertThat(found.amountConfidence()).isEqualTo(63);
		assertThat(found.merchant()).isEqualTo("Joe's Diner");
	}

	/** Lines whose words were each read with 90% confidence. */
	private static ReceiptText.Suggestion read(String... lines) {
		return ReceiptText.suggest(Arrays.stream(lines)
			.map(line -> new ReceiptText.Line(Arrays.stream(line.split(" ")).map(word -> new ReceiptText.Word(word, 90)).toList()))
			.toList(), TODAY);
	}
}
