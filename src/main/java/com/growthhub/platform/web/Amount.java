package com.growthhub.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * A sum of money as people type it into a page ({@code 12.50}, {@code 1,250}, {@code 1 250,5}), kept in cents as
 * the API and the database keep it. Form fields of this type bind through {@link Amount.TypedFormatter}; a value
 * that is not an amount becomes a field error ({@code typeMismatch}), never a 500.
 */
public record Amount(long cents) {

	/** Digits with optional thousands separators (comma, dot, space, apostrophe) and up to two decimals. */
	private static final Pattern TYPED = Pattern.compile("\\d{1,3}(?:[,.' \\u00a0\\u202f]\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?");

	/** The largest amount a form takes: ten billion in any currency is past any deal a small business closes. */
	static final BigDecimal MAX = new BigDecimal("10000000000");

	public static Amount parse(String typed) throws ParseException {
		String text = typed.strip().replace(" ", " ");
		if (!TYPED.matcher(text).matches()) {
			throw new ParseException(typed, 0);
		}
		BigDecimal value = new BigDecimal(normalize(text));
		if (value.compareTo(MAX) > 0) {
			throw new ParseException(typed, 0);
		}
		return new Amount(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
	}

	/** The last separator followed by one or two digits is the decimal point; every other separator groups. */
	private static String normalize(String text) {
		int last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
		boolean decimals = last >= 0 && text.length() - last - 1 <= 2;
		String whole = decimals ? text.substring(0, last) : text;
		String digits = whole.replaceAll("[^0-9]", "");
		return decimals ? digits + "." + text.substring(last + 1) : digits;
	}

	/** As a form shows it back: {@code 12.50}, no grouping, so it parses again unchanged. */
	public String typed() {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

	/** Binds form fields of type {@link Amount} (registered for every page by {@link ApiConventionsConfiguration}). */
	static final class TypedFormatter implements Formatter<Amount> {

		@Override
		public Amount parse(String text, Locale locale) throws ParseException {
			return Amount.parse(text);
		}

		@Override
		public String print(Amount amount, Locale locale) {
			return amount.typed();
		}
	}
}
