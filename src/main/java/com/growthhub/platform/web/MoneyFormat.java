package com.growthhub.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money as pages show it, in the viewer's language: {@code ${@money.format(deal.valueCents, deal.currency)}} gives
 * "$1,250.00" or "1.250,00 €". An unknown or missing currency shows the bare number with its code.
 */
@Component("money")
public class MoneyFormat {

	public String format(@Nullable Long cents, @Nullable String currency) {
		if (cents == null) {
			return "—";
		}
		Locale locale = LocaleContextHolder.getLocale();
		BigDecimal value = BigDecimal.valueOf(cents, 2);
		Currency known = currencyOf(currency);
		if (known == null) {
			NumberFormat number = NumberFormat.getNumberInstance(locale);
			number.setMinimumFractionDigits(2);
			number.setMaximumFractionDigits(2);
			return currency == null || currency.isBlank() ? number.format(value) : number.format(value) + " " + currency;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(known);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private static @Nullable Currency currencyOf(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
