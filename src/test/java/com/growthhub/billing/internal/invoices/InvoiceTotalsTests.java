package com.growthhub.billing.internal.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the rounding rule in {@link InvoiceTotals}: per line, half to even. */
class InvoiceTotalsTests {

	private static InvoiceLine line(String quantity, long unitPrice, String taxRate, @Nullable Long discountCents,
			@Nullable String discountPercent) {
		return new InvoiceLine("line", new BigDecimal(quantity), unitPrice, new BigDecimal(taxRate), discountCents,
				discountPercent == null ? null : new BigDecimal(discountPercent), null);
	}

	@Test
	void multipliesQuantityByPriceAndRoundsTaxPerLine() {
		// 3 × 19.99 = 59.97; 19 % of it = 11.3943 → 11.39; total 71.36
		InvoiceTotals.LineAmounts amounts = InvoiceTotals.line(line("3", 1999, "19", null, null));
		assertThat(amounts).isEqualTo(new InvoiceTotals.LineAmounts(5997, 0, 1139, 7136));
	}

	@Test
	void roundsHalfToEven() {
		// 1.5 × 3.33 = 4.995 → 5.00 (half up to the even 500); 2.5 × 0.01 = 0.025 → 0.02 (half down to the even 2)
		assertThat(InvoiceTotals.line(line("1.5", 333, "0", null, null)).subtotalCents()).isEqualTo(500);
		assertThat(InvoiceTotals.line(line("2.5", 1, "0", null, null)).subtotalCents()).isEqualTo(2);
		// 10 % of 0.25 = 0.025 → 0.02; of 0.35 = 0.035 → 0.04
		assertThat(InvoiceTotals.line(line("1", 25, "10", null, null)).taxCents()).isEqualTo(2);
		assertThat(InvoiceTotals.line(line("1", 35, "10", null, null)).taxCents()).isEqualTo(4);
	}

	@Test
	void sumsLinesWithSeveralTaxRates() {
		// 100.00 at 19 % (19.00) + 50.00 at 7 % (3.50) + 20.00 at 0 % = 170.00 + 22.50 = 192.50
		InvoiceTotals.Totals totals = InvoiceTotals.of(List.of(line("1", 10_000, "19", null, null),
				line("2", 2_500, "7", null, null), line("4", 500, "0", null, null)));
		assertThat(totals.subtotalCents()).isEqualTo(17_000);
		assertThat(totals.discountCents()).isZero();
		assertThat(totals.taxCents()).isEqualTo(2_250);
		assertThat(totals.totalCents()).isEqualTo(19_250);
		assertThat(totals.lines()).extracting(InvoiceTotals.LineAmounts::taxCents).containsExactly(1_900L, 350L, 0L);
	}

	@Test
	void taxesWhatIsLeftAfterAPercentDiscount() {
		// 99.99 less 10 % (9.999 → 10.00) = 89.99; 20 % tax = 17.998 → 18.00; total 107.99
		assertThat(InvoiceTotals.line(line("1", 9_999, "20", null, "10")))
			.isEqualTo(new InvoiceTotals.LineAmounts(9_999, 1_000, 1_800, 10_799));
	}

	@Test
	void taxesWhatIsLeftAfterAnAmountDiscount() {
		// 2 × 12.50 = 25.00 less 5.00 = 20.00; 7.5 % tax = 1.50; total 21.50
		assertThat(InvoiceTotals.line(line("2", 1_250, "7.5", 500L, null)))
			.isEqualTo(new InvoiceTotals.LineAmounts(2_500, 500, 150, 2_150));
	}

	@Test
	void aFullDiscountLeavesNothingToTax() {
		assertThat(InvoiceTotals.line(line("1", 4_200, "19", null, "100")))
			.isEqualTo(new InvoiceTotals.LineAmounts(4_200, 4_200, 0, 0));
	}

	@Test
	void zeroDecimalCurrenciesRoundToWholeUnits() {
		// JPY: minor unit = 1 yen. 3 × ¥333 = ¥999; 10 % = 99.9 → ¥100; total ¥1,099. 8 % of ¥125 = ¥10 exactly.
		InvoiceTotals.Totals totals = InvoiceTotals.of(List.of(line("3", 333, "10", null, null),
				line("1", 125, "8", null, null)));
		assertThat(totals.lines()).containsExactly(new InvoiceTotals.LineAmounts(999, 0, 100, 1_099),
				new InvoiceTotals.LineAmounts(125, 0, 10, 135));
		assertThat(totals.totalCents()).isEqualTo(1_234);
		assertThat(new BillingMoney().format(1_234, "JPY")).contains("1,234").doesNotContain(".");
		assertThat(BillingMoney.minorUnits(new BigDecimal("1234"), "JPY")).isEqualTo(1_234);
		assertThat(BillingMoney.minorUnits(new BigDecimal("12.34"), "EUR")).isEqualTo(1_234);
	}

	@Test
	void roundsEachLineNotTheInvoice() {
		// Two lines of 0.05 at 10 %: each 0.005 → 0.00 (half to even); the invoice's tax is the lines' sum, 0.00.
		InvoiceTotals.Totals totals = InvoiceTotals.of(List.of(line("1", 5, "10", null, null), line("1", 5, "10", null, null)));
		assertThat(totals.taxCents()).isZero();
		assertThat(totals.totalCents()).isEqualTo(10);
	}

	@Test
	void fractionalQuantitiesAndRatesStayExact() {
		// 0.3333 h × 150.00 = 49.995 → 50.00 (half to even: 4999.5 → 5000); 19.6 % of 50.00 = 9.80
		assertThat(InvoiceTotals.line(line("0.3333", 15_000, "19.6", null, null)))
			.isEqualTo(new InvoiceTotals.LineAmounts(5_000, 0, 980, 5_980));
	}

	@Test
	void noLinesIsZero() {
		InvoiceTotals.Totals totals = InvoiceTotals.of(List.of());
		assertThat(totals.totalCents()).isZero();
		assertThat(totals.lines()).isEmpty();
	}
}
