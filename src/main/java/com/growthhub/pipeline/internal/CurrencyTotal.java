package com.growthhub.pipeline.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deal values summed in one currency, and the weighted part of them: each value times its stage's win probability.
 * Amounts of different currencies are never added up, so a board shows one total per currency.
 */
public record CurrencyTotal(String currency, long valueCents, long weightedValueCents) {

	/** The total of a stage's deals in one currency, weighted by the stage's win probability (0–100). */
	static CurrencyTotal weighted(String currency, long valueCents, int probability) {
		return new CurrencyTotal(currency, valueCents, Math.round(valueCents * (probability / 100.0)));
	}

	/** The totals summed per currency, the biggest first (the organization's usual currency leads). */
	static List<CurrencyTotal> sum(Collection<CurrencyTotal> totals) {
		Map<String, CurrencyTotal> byCurrency = new LinkedHashMap<>();
		totals.forEach(total -> byCurrency.merge(total.currency(), total, (a, b) -> new CurrencyTotal(a.currency(),
				a.valueCents() + b.valueCents(), a.weightedValueCents() + b.weightedValueCents())));
		return byCurrency.values().stream().sorted(BIGGEST_FIRST).toList();
	}

	static final Comparator<CurrencyTotal> BIGGEST_FIRST = Comparator.comparingLong(CurrencyTotal::valueCents).reversed()
		.thenComparing(CurrencyTotal::currency);

	/** "€12,500.00", or "$3,000.00 + €500.00" for several currencies; "—" for none. */
	public static String display(List<CurrencyTotal> totals, boolean weighted, Locale locale) {
		if (totals.isEmpty()) {
			return "—";
		}
		return totals.stream().map(total -> format(weighted ? total.weightedValueCents() : total.valueCents(),
				total.currency(), locale)).collect(Collectors.joining(" + "));
	}

	/** An amount in the currency's minor unit, written the way the reader's locale writes money ("$450.00"). */
	public static String format(long minorUnits, String currency, Locale locale) {
		try {
			Currency unit = Currency.getInstance(currency);
			int digits = Math.max(unit.getDefaultFractionDigits(), 0);
			NumberFormat format = NumberFormat.getCurrencyInstance(locale);
			format.setCurrency(unit);
			format.setMinimumFractionDigits(digits);
			format.setMaximumFractionDigits(digits);
			return format.format(BigDecimal.valueOf(minorUnits, digits));
		}
		catch (IllegalArgumentException ex) {
			// A code the JDK does not know still shows its amount rather than failing the board.
			return BigDecimal.valueOf(minorUnits, 2).toPlainString() + " " + currency;
		}
	}
}
